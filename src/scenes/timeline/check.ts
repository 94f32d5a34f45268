// Pure: checks assets/data/events.json as read from disk. Every event names a known source; dates are
// real dates at their stated precision, inside the timeline's range; what only the article states is
// marked so. Errors name the file, the record and the field.
import { FIRST_YEAR, LAST_YEAR, parseDate } from "./layout.ts";

export const EVENTS_FILE = "assets/data/events.json";
const PRECISIONS = ["day", "month", "year"];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const q = JSON.stringify;

/** Every problem with `events` (the file's `records`), one message each; empty when the events are sound. */
export function checkEvents(events: unknown, sourceIds: Iterable<string>): string[] {
  const known = new Set(sourceIds);
  const errors: string[] = [];
  if (!Array.isArray(events)) return [`${EVENTS_FILE}: records: is required (an array of events)`];
  const ids = new Set<string>();
  events.forEach((e: unknown, i) => {
    const where = `${EVENTS_FILE}: record ${isRec(e) && str(e.id) ? q(e.id) : `#${i + 1}`}`;
    const err = (field: string, message: string) => errors.push(`${where}: ${field}: ${message}`);
    if (!isRec(e)) return void errors.push(`${where}: is not an object`);
    if (!str(e.id)) err("id", "is required");
    else if (!ID.test(e.id)) err("id", `${q(e.id)} is not a valid id (lowercase letters, digits and hyphens)`);
    else if (ids.has(e.id)) err("id", "duplicate id");
    else ids.add(e.id);
    if (!str(e.label)) err("label", "is required");
    if (!PRECISIONS.includes(e.precision as string)) err("precision", `is ${q(e.precision ?? null)}; use day, month or year`);
    else if (!str(e.date)) err("date", "is required");
    else {
      const p = parseDate(e.date, e.precision as "day" | "month" | "year");
      if (!p) err("date", `${q(e.date)} is not a ${e.precision} date (write ${e.precision === "day" ? "YYYY-MM-DD" : e.precision === "month" ? "YYYY-MM" : "YYYY"})`);
      else if (p.year < FIRST_YEAR || p.year >= LAST_YEAR) err("date", `${q(e.date)} is outside the timeline (${FIRST_YEAR}–${LAST_YEAR - 1})`);
    }
    if (e.claim !== null && e.claim !== "article") err("claim", `is ${q(e.claim ?? "missing")}; use "article" for what only the article states, or null`);
    if (!str(e.sourceId)) err("sourceId", "record has no sourceId: every fact needs a source");
    else if (!known.has(e.sourceId)) err("sourceId", `unknown source ${q(e.sourceId)}`);
    else if (e.sourceId === "article" && e.claim !== "article") err("claim", 'is null but the only source is the article: write claim "article"');
  });
  return errors;
}
