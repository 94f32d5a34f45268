// Pure: the timeline's facts as a table (screen readers, no-JS, CSV): one row per event shown, in date order.
import type { TimelineState } from "../../model/state.ts";
import type { Table } from "../scene.ts";
import { decimalYear, formatDate } from "./layout.ts";
import type { EventRecord } from "./types.ts";

export const SOURCED = "sourced";
export const ACCORDING_TO_ARTICLE = "according to the article";

export function timelineTable(state: TimelineState, events: readonly EventRecord[]): Table {
  const wanted = new Set(state.events);
  const shown = events.filter((e) => wanted.has(e.id)).sort((a, b) => decimalYear(a.date, a.precision) - decimalYear(b.date, b.precision) || a.id.localeCompare(b.id));
  const focus = shown.filter((e) => state.focus.includes(e.id)).map((e) => e.label);
  return {
    caption: focus.length ? `Timeline (in focus: ${focus.join("; ")})` : "Timeline",
    columns: ["Date", "Event", "Status", "Source"],
    rows: shown.map((e) => [formatDate(e.date, e.precision), e.label, e.claim === "article" ? ACCORDING_TO_ARTICLE : SOURCED, e.sourceId]),
    sources: [...new Set(shown.map((e) => e.sourceId))],
  };
}
