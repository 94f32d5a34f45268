// Credits: a record that carries its own provenance (a place, a border, a relation) must credit the
// source it came from, and everything a step draws must have its source in that step's source line.
import { messages } from "./messages.ts";
import type { WordProblem } from "./checkWordsMatchPicture.ts";

export interface CreditedRecord {
  /** How the record is named in a message: `place "ras-ajdir"`. */
  readonly what: string;
  readonly sourceId: string;
  /** The address the record says it came from, when it carries one. */
  readonly url?: string;
}

export interface SourceCredit {
  readonly url: string;
}

/** The record's own address must be its source's (the article, a text with no address, is exempt). */
export function checkCredit(field: string, record: CreditedRecord, sources: ReadonlyMap<string, SourceCredit>): WordProblem[] {
  const source = sources.get(record.sourceId);
  if (!source || record.url === undefined || record.url === "") return [];
  return record.url === source.url ? [] : [{ field, message: `${record.what}: ${messages.creditMismatch(record.sourceId, source.url, record.url)}` }];
}

/** Everything drawn has its source on screen, in the step's source line. */
export function checkCreditsOnScreen(field: string, drawn: readonly CreditedRecord[], stepSources: readonly string[]): WordProblem[] {
  const line = new Set(stepSources);
  return drawn.filter((r) => !line.has(r.sourceId)).map((r) => ({ field, message: messages.sourceNotOnScreen(r.what, r.sourceId) }));
}

/** A label that shows our own calculation says so. */
export function checkOurCalculationSaid(field: string, record: CreditedRecord, label: string, ours: ReadonlySet<string>): WordProblem[] {
  return ours.has(record.sourceId) && !/\bour calculation\b/i.test(label) ? [{ field, message: `${record.what}: ${messages.labelOurCalculation(record.sourceId)}` }] : [];
}
