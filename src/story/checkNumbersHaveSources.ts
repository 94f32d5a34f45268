// Every number the piece writes (a description, a title, a speaker note, a label on a graphic) must be
// held by a source the step cites: the source record's own words, or the data records that cite it.
// A share only our own calculation holds ("48.1%") must say so where it is written.
import { messages } from "./messages.ts";
import { numbersIn } from "./numbersIn.ts";
import type { WordProblem } from "./checkWordsMatchPicture.ts";

export interface NumberEvidence {
  /** Source id to every number it holds. */
  readonly held: ReadonlyMap<string, ReadonlySet<number>>;
  /** Source ids whose figures are our own calculation. */
  readonly ours: ReadonlySet<string>;
}

export interface WrittenText {
  readonly field: string;
  readonly text: string;
  /** The sources that may back its numbers (a step's source line; a label's own source). */
  readonly sources: readonly string[];
  /** Numbers the record itself holds in data (a relation's year, an event's date, a chart's values). */
  readonly data?: Iterable<number>;
  /** What the sources are, for the message: "this step's sources", `source "sipri-algeria"`. */
  readonly where: string;
}

const OUR_CALCULATION = /\bour (?:calculation|computation)\b/i;
/** A quantity, not a year or a period: a share. */
const SHARE = /^\s?(?:%|per ?cent)/;

export function checkNumbersHaveSources(written: WrittenText, evidence: NumberEvidence): WordProblem[] {
  const problems: WordProblem[] = [];
  const data = new Set(written.data ?? []);
  for (const n of numbersIn(written.text)) {
    if (data.has(n.value)) continue;
    const holders = written.sources.filter((s) => evidence.held.get(s)?.has(n.value));
    if (!holders.length) problems.push({ field: written.field, message: messages.numberUnsourced(n.text, written.where) });
    else if (holders.every((s) => evidence.ours.has(s)) && SHARE.test(written.text.slice(n.index + n.text.length)) && !OUR_CALCULATION.test(written.text)) {
      problems.push({ field: written.field, message: messages.ourCalculationUnsaid(n.text, holders[0]) });
    }
  }
  return problems;
}
