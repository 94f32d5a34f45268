// assets/data/events.json: every event sourced, the dates the article turns on present and right, what
// only the article states marked so, and a check that catches what it must.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEvents } from "../../src/scenes/timeline/check.ts";
import { ACCORDING_TO_ARTICLE, SOURCED, timelineTable } from "../../src/scenes/timeline/table.ts";
import type { EventRecord } from "../../src/scenes/timeline/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));
const events: EventRecord[] = read("assets/data/events.json").records;
const sources: { id: string; title: string }[] = read("assets/data/sources.json").records;
const sourceIds = new Set(sources.map((s) => s.id));
const byId = new Map(events.map((e) => [e.id, e]));

const edited = (edit: (events: Record<string, any>[]) => void) => {
  const copy = structuredClone(events) as unknown as Record<string, any>[];
  edit(copy);
  return copy;
};

describe("events.json", () => {
  it("passes the check", () => {
    expect(checkEvents(events, sourceIds)).toEqual([]);
  });

  it("names a source that exists for every event", () => {
    for (const e of events) expect(sourceIds.has(e.sourceId), `${e.id}: ${e.sourceId}`).toBe(true);
  });

  it.each([
    ["amu-founded", "1989-02-17", "day", "amu"],
    ["libya-arms", "2011", "year", "un-panel-arms"],
    ["mnna-tunisia", "2015-07-10", "day", "mnna-tunisia"],
    ["italy-libya-mou", "2017-02-02", "day", "italy-libya-mou"],
    ["eu-tunisia-mou", "2023-07-16", "day", "eu-tunisia-mou"],
    ["aes-charter", "2023-09-16", "day", "aes"],
    ["task-force", "2025-01", "month", "article"],
    ["tripoli-meeting", "2026-06-16", "day", "lsm-tripoli"],
    ["naval-visit", "2026-06", "month", "article"],
  ])("holds %s on %s (%s), sourced to %s", (id, date, precision, sourceId) => {
    expect(byId.get(id)).toMatchObject({ date, precision, sourceId });
  });

  it("marks as the article's exactly the three events only the article states", () => {
    expect(events.filter((e) => e.claim === "article").map((e) => e.id).sort()).toEqual(["naval-visit", "task-force", "tripoli-meeting"]);
    // Whatever names the article as its only source is an article claim.
    for (const e of events.filter((e) => e.sourceId === "article")) expect(e.claim, e.id).toBe("article");
  });

  it("dates every sourced event as its source does", () => {
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const title = new Map(sources.map((s) => [s.id, s.title]));
    for (const e of events.filter((e) => e.claim === null)) {
      const [y, m, d] = e.date.split("-").map(Number);
      const written = e.precision === "day" ? `${d} ${MONTHS[m - 1]} ${y}` : String(y);
      expect(title.get(e.sourceId), e.id).toContain(written);
    }
  });

  it("labels the arms flow as the UN panel does", () => {
    expect(byId.get("libya-arms")!.label).toMatch(/After 2011, Libyan weapons flow mainly to Egypt and the Sahel/);
  });

  it("has unique ids", () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe("checkEvents", () => {
  it("rejects an event without a source, naming the file, the record and the field", () => {
    expect(checkEvents(edited((e) => void delete e[0].sourceId), sourceIds)).toEqual([
      'assets/data/events.json: record "amu-founded": sourceId: record has no sourceId: every fact needs a source',
    ]);
  });

  it("rejects a source id not in sources.json", () => {
    expect(checkEvents(edited((e) => void (e[4].sourceId = "wikipedia")), sourceIds)).toEqual([
      'assets/data/events.json: record "mnna-tunisia": sourceId: unknown source "wikipedia"',
    ]);
  });

  it("rejects a claim sourced only to the article but not marked so", () => {
    expect(checkEvents(edited((e) => void (e.find((x) => x.id === "task-force")!.claim = null)), sourceIds)).toEqual([
      'assets/data/events.json: record "task-force": claim: is null but the only source is the article: write claim "article"',
    ]);
  });

  it("rejects dates that are not dates at their precision, or fall outside the timeline", () => {
    const bad = edited((e) => {
      e[0].date = "1989-02-30";
      e[1].precision = "month";
      e[2].date = "1979";
      e[3].precision = "week";
    });
    expect(checkEvents(bad, sourceIds)).toEqual([
      'assets/data/events.json: record "amu-founded": date: "1989-02-30" is not a day date (write YYYY-MM-DD)',
      'assets/data/events.json: record "mnna-morocco": date: "2004-06-03" is not a month date (write YYYY-MM)',
      'assets/data/events.json: record "libya-arms": date: "1979" is outside the timeline (1988–2026)',
      'assets/data/events.json: record "ghadames-summit": precision: is "week"; use day, month or year',
    ]);
  });

  it("rejects an unknown claim, a duplicate id and a missing label", () => {
    const bad = edited((e) => {
      e[0].claim = "rumour";
      e[1].id = "amu-founded";
      e[2].label = " ";
    });
    expect(checkEvents(bad, sourceIds)).toEqual([
      'assets/data/events.json: record "amu-founded": claim: is "rumour"; use "article" for what only the article states, or null',
      'assets/data/events.json: record "amu-founded": id: duplicate id',
      'assets/data/events.json: record "libya-arms": label: is required',
    ]);
  });

  it("rejects a file without records", () => {
    expect(checkEvents(null, sourceIds)).toEqual(["assets/data/events.json: records: is required (an array of events)"]);
  });
});

describe("timelineTable", () => {
  it("one row per event shown, in date order, saying which the article alone states", () => {
    const t = timelineTable({ events: ["naval-visit", "amu-founded", "tripoli-meeting"], focus: [] }, events);
    expect(t.columns).toEqual(["Date", "Event", "Status", "Source"]);
    expect(t.rows).toEqual([
      ["17 Feb 1989", "Arab Maghreb Union founded", SOURCED, "amu"],
      ["Jun 2026", "US naval commander visits Tunisia", ACCORDING_TO_ARTICLE, "article"],
      ["16 Jun 2026", "Task force's second meeting, in Tripoli", ACCORDING_TO_ARTICLE, "lsm-tripoli"],
    ]);
    expect(t.sources).toEqual(["amu", "article", "lsm-tripoli"]);
    expect(t.caption).toBe("Timeline");
  });

  it("names the focus in the caption", () => {
    const t = timelineTable({ events: events.map((e) => e.id), focus: ["task-force"] }, events);
    expect(t.rows).toHaveLength(events.length);
    expect(t.caption).toBe("Timeline (in focus: Libyan–Algerian–Tunisian border task force set up)");
  });
});
