// The timeline's pure geometry: dates, the broken time axis, ticks, and labels that keep date order and
// never overlap, on a phone and a desktop.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { overlaps } from "../../src/scenes/box.ts";
import { textWidth } from "../../src/scenes/text.ts";
import { clearArea } from "../../src/scenes/map/camera.ts";
import { ARTICLE_NOTE, PART_GAP, timelineFrame, TIMELINE } from "../../src/scenes/timeline/frame.ts";
import { ERAS, FIRST_YEAR, LAST_YEAR, decimalYear, dodge, formatDate, parseDate, timeScale, yearTicks } from "../../src/scenes/timeline/layout.ts";
import type { EventRecord } from "../../src/scenes/timeline/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const events: EventRecord[] = JSON.parse(readFileSync(join(ROOT, "assets/data/events.json"), "utf8")).records;
const ALL = { events: events.map((e) => e.id), focus: [] };
const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 600, height: 680 },
  wide: { width: 900, height: 640 },
  "small phone": { width: 360, height: 740 },
  "phone with 420 px clear": { width: 390, height: 750 },
  // The graphic's box in the narrow layout's band at 360x640 and 390x844, and beside the text at 844x390.
  "360x640 phone's band": { width: 344, height: 225 },
  "390x844 phone's band": { width: 374, height: 337 },
  "844x390 landscape's column": { width: 422, height: 212 },
};

describe("dates", () => {
  it("parse at their precision and reject what is not a date", () => {
    expect(parseDate("1989-02-17", "day")).toEqual({ year: 1989, month: 2, day: 17 });
    expect(parseDate("2025-01", "month")).toEqual({ year: 2025, month: 1, day: null });
    expect(parseDate("2011", "year")).toEqual({ year: 2011, month: null, day: null });
    expect(parseDate("2023-02-30", "day")).toBeNull();
    expect(parseDate("2024-02-29", "day")).not.toBeNull();
    expect(parseDate("2025-13", "month")).toBeNull();
    expect(parseDate("2025-01", "day")).toBeNull();
    expect(parseDate("17/02/1989", "day")).toBeNull();
  });

  it("sit at the middle of what their precision allows", () => {
    expect(decimalYear("2011", "year")).toBe(2011.5);
    expect(decimalYear("2025-01", "month")).toBeCloseTo(2025 + 15.5 / 365, 9);
    expect(decimalYear("1989-01-01", "day")).toBeCloseTo(1989 + 0.5 / 365, 9);
    expect(decimalYear("2024-12-31", "day")).toBeCloseTo(2024 + 365.5 / 366, 9);
    expect(() => decimalYear("2025-01", "day")).toThrow();
  });

  it("are written as precisely as they are known", () => {
    expect(formatDate("1989-02-17", "day")).toBe("17 Feb 1989");
    expect(formatDate("2026-06", "month")).toBe("Jun 2026");
    expect(formatDate("2011", "year")).toBe("2011");
  });
});

describe("the broken time axis", () => {
  const scale = timeScale(0, 1000);

  it("runs from 1988 to 2027 over the whole length, always forwards", () => {
    expect(scale(FIRST_YEAR)).toBe(0);
    expect(scale(LAST_YEAR)).toBeCloseTo(1000, 9);
    for (let y = FIRST_YEAR; y < LAST_YEAR; y += 0.25) expect(scale(y + 0.25)).toBeGreaterThan(scale(y));
    expect(scale(1900)).toBe(0);
    expect(scale(2100)).toBeCloseTo(1000, 9);
  });

  it("is linear inside each era and changes rate only at the breaks", () => {
    expect(scale.breaks).toHaveLength(ERAS.length - 1);
    ERAS.forEach((era, i) => {
      const mid = (era.from + era.to) / 2;
      expect(scale(mid)).toBeCloseTo((scale(era.from) + scale(era.to)) / 2, 9);
      expect(scale(era.to) - scale(era.from)).toBeCloseTo(era.share * 1000, 9);
      expect(scale.rates[i]).toBeCloseTo((era.share * 1000) / (era.to - era.from), 9);
    });
    expect(scale.breaks).toEqual([scale(2010), scale(2022)]);
    expect(ERAS.reduce((s, e) => s + e.share, 0)).toBeCloseTo(1, 9);
  });

  it("gives 2023–2026 room: more than 40 % of the axis, against 8 % on a plain linear axis", () => {
    expect((scale(2027) - scale(2023)) / 1000).toBeGreaterThan(0.4);
    expect(scale.rates[2]).toBeGreaterThan(scale.rates[1] * 3);
  });

  it("ticks: era ends and years between, in order and never closer than asked", () => {
    const ticks = yearTicks(timeScale(60, 450), 17);
    const years = ticks.map((t) => t.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].at - ticks[i - 1].at).toBeGreaterThanOrEqual(17);
    expect(years).toEqual(expect.arrayContaining([1988, 2010, 2022, 2023, 2024, 2025, 2026, 2027]));
  });
});

describe("dodge", () => {
  it("leaves blocks where they want to be when they do not touch", () => {
    expect(dodge([{ want: 0, size: 10 }, { want: 50, size: 10 }], 0, 100, 2)).toEqual([0, 50]);
  });

  it("spreads a crowd around its wishes, in order, without overlaps", () => {
    const blocks = [40, 41, 42, 43].map((want) => ({ want, size: 10 }));
    const at = dodge(blocks, 0, 200, 2);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeCloseTo(12, 9);
    const centre = (at[0] + at[3] + 10) / 2;
    expect(centre).toBeCloseTo((40 + 43 + 10) / 2 + 0 * 0, 0);
  });

  it("keeps a crowd inside its bounds when it fits", () => {
    const at = dodge([95, 96, 97].map((want) => ({ want, size: 10 })), 0, 100, 2);
    expect(at[2] + 10).toBeLessThanOrEqual(100 + 1e-9);
    expect(at[0]).toBeGreaterThanOrEqual(0);
    const top = dodge([-5, -4].map((want) => ({ want, size: 10 })), 0, 100, 2);
    expect(top[0]).toBe(0);
  });
});

/** Whether two segments cross (sharing an end point does not count). */
function cross(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  const d = (p: number[], q: number[], r: number[]) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const [p1, p2, p3, p4] = [[a[0], a[1]], [a[2], a[3]], [b[0], b[1]], [b[2], b[3]]];
  return d(p3, p4, p1) * d(p3, p4, p2) < 0 && d(p1, p2, p3) * d(p1, p2, p4) < 0;
}

describe("a timeline in a picture a few lines tall", () => {
  it("is drawn taller than its box at 344x225 and 422x212 with every event, and fits at 844 px tall", () => {
    expect(timelineFrame(ALL, events, SIZES["360x640 phone's band"]).height).toBeGreaterThan(225);
    expect(timelineFrame(ALL, events, SIZES["844x390 landscape's column"]).height).toBeGreaterThan(212);
    expect(timelineFrame(ALL, events, SIZES.phone).height).toBe(844);
  });
});

describe.each(Object.entries(SIZES))("the timeline frame on a %s", (_, viewport) => {
  const area = clearArea(viewport);
  const states = {
    "every event": ALL,
    "a focus on 2025–2026": { events: ALL.events, focus: ["task-force", "wagner-mali", "tripoli-meeting", "naval-visit"] },
    "the early events": { events: ["amu-founded", "mnna-morocco", "libya-arms", "ghadames-summit"], focus: ["amu-founded"] },
  };

  it.each(Object.entries(states))("%s: markers and labels in date order", (_, state) => {
    const f = timelineFrame(state, events, viewport);
    const dates = f.items.map((it) => it.at);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    for (const key of ["dot", "marker"] as const) {
      const ys = f.items.map((it) => it[key].y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
    const labels = f.items.map((it) => it.box.y);
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
    expect(f.events).toEqual(f.items.map((it) => it.id));
  });

  it.each(Object.entries(states))("%s: no label overlaps another, a marker or the axis, and all fit the clear area", (_, state) => {
    const f = timelineFrame(state, events, viewport);
    for (const [i, it] of f.items.entries()) {
      const b = it.box;
      expect(b.x).toBeGreaterThan(Math.max(...f.items.map((m) => m.marker.x + m.marker.r)));
      expect(it.marker.y, it.id).toBeGreaterThan(b.y);
      expect(it.marker.y, it.id).toBeLessThan(b.y + Math.min(b.height, it.label.line));
      expect(b.x + b.width, it.id).toBeLessThanOrEqual(area.x + area.width);
      expect(b.y, it.id).toBeGreaterThanOrEqual(area.y);
      // A timeline taller than its box scrolls in it (render.ts): the labels fit the picture's own height.
      expect(b.y + b.height, it.id).toBeLessThanOrEqual(area.y + area.height + (f.height - viewport.height));
      for (const other of f.items.slice(i + 1)) expect(overlaps(b, other.box), `${it.id} / ${other.id}`).toBe(false);
      for (const l of f.legend) {
        const lb = { x: l.x, y: l.y - 12, width: l.textX - l.x + textWidth(l.text, 12), height: 15 };
        expect(overlaps(b, lb), `${it.id} / legend ${l.key}`).toBe(false);
      }
    }
  });

  it.each(Object.entries(states))("%s: dots at their dates on the axis, markers apart, stems never cross", (_, state) => {
    const f = timelineFrame(state, events, viewport);
    const scale = timeScale(f.axis.top, f.axis.bottom);
    for (const it of f.items) {
      expect(it.dot.x).toBe(f.axis.x);
      expect(it.dot.y).toBeCloseTo(scale(it.at), 9);
      expect(it.stem.x1).toBeGreaterThan(it.dot.x);
      expect(it.stem.x2).toBeLessThan(it.marker.x - it.marker.r);
    }
    for (const [i, a] of f.items.entries()) {
      for (const b of f.items.slice(i + 1)) {
        expect(Math.hypot(a.marker.x - b.marker.x, a.marker.y - b.marker.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.marker.r + b.marker.r);
        const sa = [a.stem.x1, a.stem.y1, a.stem.x2, a.stem.y2] as [number, number, number, number];
        const sb = [b.stem.x1, b.stem.y1, b.stem.x2, b.stem.y2] as [number, number, number, number];
        expect(cross(sa, sb), `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it("is as tall as its box when every label fits there, and taller only as much as the labels need", () => {
    for (const state of Object.values(states)) {
      const f = timelineFrame(state, events, viewport);
      expect(f.height).toBeGreaterThanOrEqual(viewport.height);
      if (f.height > viewport.height) expect(f.height - Math.max(...f.items.map((it) => it.box.y + it.box.height)), "the foot under the last label").toBeLessThanOrEqual(TIMELINE.pad);
    }
  });

  it("every label line fits its box; the article's claims say so", () => {
    const f = timelineFrame(ALL, events, viewport);
    const font = f.narrow ? TIMELINE.phoneFont : TIMELINE.font;
    for (const it of f.items) {
      for (const line of it.label.lines) {
        const w = line.reduce((s, p, i) => s + textWidth(p.text, font, p.kind === "date") + (i ? PART_GAP : 0), 0);
        expect(w).toBeLessThanOrEqual(it.box.width + 1e-9);
      }
      const words = it.label.lines.flat();
      expect(words[0].kind).toBe("date");
      expect(words.some((p) => p.kind === "claim" && p.text === ARTICLE_NOTE)).toBe(it.article);
    }
    expect(f.legend.map((l) => l.key)).toEqual(["sourced", "article", "scale"]);
  });
});

describe("focus", () => {
  const f = timelineFrame({ events: ALL.events, focus: ["task-force", "tripoli-meeting", "naval-visit", "not-an-event"] }, events, { width: 600, height: 680 });

  it("lists the focused events it draws, marks the others down, and bands their span on the axis", () => {
    expect(f.focus).toEqual(["task-force", "naval-visit", "tripoli-meeting"]);
    expect(f.items.filter((it) => it.muted)).toHaveLength(events.length - 3);
    const ys = f.items.filter((it) => it.focus).map((it) => it.dot.y);
    expect(f.band!.y).toBeLessThan(Math.min(...ys));
    expect(f.band!.y + f.band!.height).toBeGreaterThan(Math.max(...ys));
    expect(f.items.find((it) => it.focus)!.marker.r).toBeGreaterThan(f.items.find((it) => !it.focus)!.marker.r);
  });

  it("no focus: no band, nothing muted", () => {
    const none = timelineFrame(ALL, events, { width: 600, height: 680 });
    expect(none.band).toBeNull();
    expect(none.items.some((it) => it.muted || it.focus)).toBe(false);
  });

  it("draws only the state's events", () => {
    const some = timelineFrame({ events: ["naval-visit", "amu-founded"], focus: [] }, events, { width: 600, height: 680 });
    expect(some.events).toEqual(["amu-founded", "naval-visit"]);
  });
});
