// A step's description is what readers without the graphic get instead of it: it may name only the
// countries, actors and places the step draws, and must name the ones the step emphasises. A name the
// description says is "not drawn" or "not shown" must really be missing from the picture.
import { findNames, type Lexicon } from "./findNames.ts";
import { messages } from "./messages.ts";

export interface PictureNames {
  /** Canonical names of everything the step's picture draws. */
  readonly drawn: ReadonlySet<string>;
  /** What the picture emphasises (highlighted countries, focused actors, highlighted rows): the words must name each. */
  readonly emphasised: readonly string[];
  /** The names this kind of picture can draw (a map: countries and places; a diagram: actors and countries). */
  readonly lexicon: Lexicon;
}

export interface WordProblem {
  readonly field: string;
  readonly message: string;
}

const NOT_DRAWN = /\bnot (?:drawn|shown)\b/i;
const ONLY_NOT_DRAWN = /^\s*not (?:drawn|shown)\s*$/i;

/** Clauses of a text (split at , ; : . and parentheses), each with whether it opens a parenthesis. */
function clauses(text: string): { start: number; end: number; parenthesised: boolean }[] {
  const out: { start: number; end: number; parenthesised: boolean }[] = [];
  let start = 0;
  let parenthesised = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || ",;:.()".includes(c)) {
      // A full stop inside a number (48.1) or an abbreviation (D.C.) does not end a clause.
      if (c === "." && /\w/.test(text[i + 1] ?? "")) continue;
      out.push({ start, end: i, parenthesised });
      start = i + 1;
      parenthesised = c === "(";
    }
  }
  return out;
}

export function checkWordsMatchPicture(field: string, text: string, picture: PictureNames): WordProblem[] {
  const problems: WordProblem[] = [];
  const found = findNames(text, picture.lexicon);
  // Names the text says are not drawn: those in the clause of "not drawn", or, for "(not drawn)", in the clause before it.
  const saidMissing = new Set<number>();
  const parts = clauses(text);
  parts.forEach((part, i) => {
    const words = text.slice(part.start, part.end);
    if (!NOT_DRAWN.test(words)) return;
    const target = part.parenthesised && ONLY_NOT_DRAWN.test(words) && i > 0 ? parts[i - 1] : part;
    found.forEach((f, k) => {
      if (f.start >= target.start && f.end <= target.end) saidMissing.add(k);
    });
  });
  found.forEach((f, k) => {
    const drawn = picture.drawn.has(f.name);
    if (saidMissing.has(k) && drawn) problems.push({ field, message: messages.saysNotDrawn(f.term) });
    else if (!saidMissing.has(k) && !drawn) problems.push({ field, message: messages.namesUndrawn(f.term) });
  });
  const named = new Set(found.map((f) => f.name));
  for (const name of picture.emphasised) {
    // A name the lexicon knows, or a word of the picture (a chart's highlighted year), written out.
    if (!named.has(name) && !findNames(text, new Map([[name, name]])).length) {
      problems.push({ field, message: messages.missesEmphasis(name) });
    }
  }
  return problems;
}
