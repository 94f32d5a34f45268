// Names in a text: countries, actors and places, from the vocabularies the story draws with.

/** Terms (as written, case-sensitive) to the canonical name of what they name. */
export type Lexicon = ReadonlyMap<string, string>;

export interface FoundName {
  /** The term as written in the text. */
  readonly term: string;
  /** What it names. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every whole-word occurrence of a term of the lexicon, longest terms first, never two overlapping:
 * "Libya's" names Libya, "Libyan" names nothing, "S. Sudan" is not also "Sudan".
 */
export function findNames(text: string, lexicon: Lexicon): FoundName[] {
  const found: FoundName[] = [];
  const taken: boolean[] = [];
  const terms = [...lexicon.keys()].sort((a, b) => b.length - a.length);
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + term.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ term, name: lexicon.get(term)!, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
