// The chart's pure geometry: scales, ticks, bars inside the plot with heights proportional to values,
// value labels that never collide, and a frame that fits a phone and a desktop.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartFrame, COMPACT_NOTE_LINES, MIN_PLOT, type ChartFrame } from "../../src/scenes/chart/frame.ts";
import { band, formatValue, groupedBars, linear, niceTicks, rotateLabels } from "../../src/scenes/chart/layout.ts";
import { overlaps, type Box } from "../../src/scenes/box.ts";
import { textWidth, wrap } from "../../src/scenes/text.ts";
import type { ChartRecord } from "../../src/scenes/chart/types.ts";
import { clearArea } from "../../src/scenes/map/camera.ts";

const ROOT = join(import.meta.dirname, "../..");
const charts: ChartRecord[] = JSON.parse(readFileSync(join(ROOT, "assets/data/charts.json"), "utf8")).records;
const chart = (id: string) => charts.find((c) => c.id === id)!;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 600, height: 680 };
const WIDE = { width: 900, height: 640 };
// The graphic's box in the narrow layout's band on a 360x640 and a 390x844 phone, and beside the text on a phone held sideways.
const SMALL_PHONE = { width: 344, height: 225 };
const LANDSCAPE = { width: 422, height: 212 };
const SIZES = {
  phone: PHONE,
  desktop: DESKTOP,
  wide: WIDE,
  "phone with 420 px clear": { width: 390, height: 750 },
  "360x640 phone's band": SMALL_PHONE,
  "390x844 phone's band": { width: 374, height: 337 },
  "844x390 landscape's graphic": LANDSCAPE,
};

describe("linear and band scales", () => {
  it("map a domain onto a range, inverted ranges included", () => {
    const y = linear([0, 100], [300, 100]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(100);
    expect(y(25)).toBe(250);
    expect(linear([0, 0], [5, 9])(3)).toBe(5);
  });

  it("band scale: equal bands in key order, inside the range, with padding", () => {
    const x = band(["a", "b", "c", "d"], [0, 400], 0.25, 0.15);
    const starts = ["a", "b", "c", "d"].map(x);
    expect(starts).toEqual([...starts].sort((p, q) => p - q));
    expect(starts[0]).toBeGreaterThan(0);
    expect(starts[3] + x.bandwidth).toBeLessThan(400);
    expect(starts[3] + x.bandwidth + x.step * 0.15).toBeCloseTo(400, 6);
    expect(x.bandwidth).toBeCloseTo(x.step * 0.75, 9);
    expect(() => x("e")).toThrow(/unknown key "e"/);
  });
});

describe("nice ticks", () => {
  it.each([
    [97667, 100000, 20000],
    [51, 60, 20],
    [100, 100, 20],
    [8352, 10000, 2000],
    [7, 8, 2],
    [0.33, 0.4, 0.1],
  ])("for a largest value of %d: up to %d by %d, from zero", (max, top, step) => {
    const t = niceTicks(max, 5);
    expect(t.max).toBe(top);
    expect(t.step).toBe(step);
    expect(t.ticks[0]).toBe(0);
    expect(t.ticks.at(-1)).toBe(top);
    expect(t.ticks.length).toBeLessThanOrEqual(8);
  });

  it("never leaves a value above the top tick", () => {
    for (let v = 1; v < 200000; v = Math.ceil(v * 1.37)) expect(niceTicks(v).max).toBeGreaterThanOrEqual(v);
  });

  it("have a harmless answer for nothing to show", () => {
    expect(niceTicks(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });
});

describe("values and text", () => {
  it("prints values the way the sources do", () => {
    expect(formatValue(97667, "people")).toBe("97,667");
    expect(formatValue(48, "%")).toBe("48%");
    expect(formatValue(null, "people")).toBe("no data");
  });

  it("wraps words to a width and keeps every word", () => {
    const text = "Italian Interior Ministry counts, by country of departure. UNHCR counts differ.";
    const lines = wrap(text, 150, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
    expect(lines.join(" ")).toBe(text);
  });

  it("measures bold and wide text wider", () => {
    expect(textWidth("2023", 12, true)).toBeGreaterThan(textWidth("2023", 12));
    expect(textWidth("MMMM", 12)).toBeGreaterThan(textWidth("iiii", 12));
  });
});

describe("grouped bars", () => {
  const rows = [
    { key: "2022", values: { a: 10, b: 40 } },
    { key: "2023", values: { a: 80, b: null } },
  ];
  const x = band(["2022", "2023"], [0, 200]);
  const y = linear([0, 100], [300, 100]);
  const bars = groupedBars(rows, ["a", "b"], x, y, { maxBar: 48, gap: 2 });

  it("stand on the baseline with heights proportional to their values", () => {
    for (const b of bars) expect(b.y + b.height).toBeCloseTo(300, 9);
    const withValue = bars.filter((b) => b.value !== null);
    for (const b of withValue) expect(b.height / b.value!).toBeCloseTo(2, 9);
  });

  it("give a missing value no height rather than a guess", () => {
    expect(bars.find((b) => b.row === "2023" && b.series === "b")).toMatchObject({ value: null, height: 0 });
  });

  it("sit side by side in series order inside their band, never wider than maxBar", () => {
    const g = bars.filter((b) => b.row === "2022");
    expect(g[1].x).toBeCloseTo(g[0].x + g[0].width + 2, 9);
    expect(g[0].x).toBeGreaterThanOrEqual(x("2022") - 1e-9);
    expect(g[1].x + g[1].width).toBeLessThanOrEqual(x("2022") + x.bandwidth + 1e-9);
    const narrow = groupedBars(rows, ["a"], band(["2022", "2023"], [0, 2000]), y, { maxBar: 48, gap: 2 });
    expect(narrow[0].width).toBe(48);
  });

  it("turn the value labels only when the widest does not fit a bar", () => {
    expect(rotateLabels(["97,667"], 12, 20, 3)).toBe(true);
    expect(rotateLabels(["48%"], 12, 48, 3)).toBe(false);
  });
});

const within = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;

describe.each(Object.entries(SIZES))("the chart frame on a %s", (_, viewport) => {
  const frames: [string, ChartFrame][] = charts.flatMap((c) => [
    [`${c.id}`, chartFrame({ id: c.id, highlight: [] }, c, viewport)] as [string, ChartFrame],
    [`${c.id} highlighted`, chartFrame({ id: c.id, highlight: [c.rows[1].key, c.series[0].key] }, c, viewport)] as [string, ChartFrame],
  ]);
  const area = clearArea(viewport);
  const areaBox: Box = { x: area.x, y: area.y, width: area.width, height: area.height };

  it.each(frames)("%s: every bar inside the plot, on the baseline", (_, f) => {
    const base = f.plot.y + f.plot.height;
    for (const b of f.bars) {
      expect(within(b, f.plot), b.key).toBe(true);
      expect(b.y + b.height).toBeCloseTo(base, 6);
      expect(b.width).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(frames)("%s: bar heights proportional to the values", (id, f) => {
    const c = chart(id.split(" ")[0]);
    const top = c.max ?? niceTicks(Math.max(...c.rows.flatMap((r) => c.series.map((s) => r.values[s.key] ?? 0)))).max;
    for (const b of f.bars) expect(b.height).toBeCloseTo(((b.value ?? 0) / top) * f.plot.height, 6);
  });

  it.each(frames)("%s: value labels above their own bar, apart, inside the picture", (_, f) => {
    for (const [i, l] of f.values.entries()) {
      const bar = f.bars[i];
      expect(l.key).toBe(bar.key);
      expect(l.box.y + l.box.height).toBeLessThanOrEqual(bar.y + 0.5);
      expect(l.box.x + l.box.width / 2).toBeCloseTo(bar.x + bar.width / 2, 0);
      expect(within(l.box, areaBox)).toBe(true);
      if (f.axisTitle.text) expect(l.box.y).toBeGreaterThan(f.axisTitle.y);
      for (const other of f.values.slice(i + 1)) expect(overlaps(l.box, other.box), `${l.key} / ${other.key}`).toBe(false);
    }
  });

  it.each(frames)("%s: ticks, years, context, legend and note inside the picture and apart", (_, f) => {
    const boxes: [string, Box][] = [
      ...f.legend.map((l) => [`legend ${l.key}`, { x: l.swatch?.x ?? l.label.x, y: l.label.y - 12, width: l.label.x - (l.swatch?.x ?? l.label.x) + textWidth(l.label.text, 12), height: 15 }] as [string, Box]),
      ["axis title", { x: f.axisTitle.x, y: f.axisTitle.y - 12, width: textWidth(f.axisTitle.text, 12, true), height: 15 }],
      ...f.years.map((y) => [`year ${y.key}`, { x: y.x - textWidth(y.text, 13, true) / 2, y: y.y - 12, width: textWidth(y.text, 13, true), height: 15 }] as [string, Box]),
      ...(f.context?.values ?? []).map((v) => [`context ${v.key}`, { x: v.x - textWidth(v.text, 12, true) / 2, y: v.y - 11, width: textWidth(v.text, 12, true), height: 14 }] as [string, Box]),
      ...f.note.map((n, i) => [`note ${i}`, { x: n.x, y: n.y - 11, width: textWidth(n.text, 12), height: 14 }] as [string, Box]),
      ...(f.noteBox ? [["note box", f.noteBox] as [string, Box]] : []),
    ];
    for (const [i, [name, box]] of boxes.entries()) {
      expect(within(box, areaBox), name).toBe(true);
      for (const [other, b] of boxes.slice(i + 1)) expect(overlaps(box, b), `${name} / ${other}`).toBe(false);
    }
    const ticks = f.ticks.map((t) => t.y);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i - 1] - ticks[i]).toBeGreaterThanOrEqual(14);
    for (const t of f.ticks) expect(t.x - textWidth(t.text, 12)).toBeGreaterThanOrEqual(area.x);
  });

  it.each(frames)("%s: years in order under their groups", (_, f) => {
    const xs = f.years.map((y) => y.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const y of f.years) {
      const group = f.bars.filter((b) => b.row === y.key);
      expect(y.x).toBeCloseTo((group[0].x + group.at(-1)!.x + group.at(-1)!.width) / 2, 6);
    }
  });
});

describe("highlights", () => {
  const arrivals = chart("arrivals");
  const hl = (highlight: string[]) => chartFrame({ id: "arrivals", highlight }, arrivals, DESKTOP).bars.filter((b) => b.highlight).map((b) => b.key);

  it("a year and a country: that one bar", () => expect(hl(["2023", "tunisia"])).toEqual(["2023:tunisia"]));
  it("a year: its bars", () => expect(hl(["2023"])).toEqual(["2023:libya", "2023:tunisia", "2023:algeria"]));
  it("a country: its bars", () => expect(hl(["tunisia"])).toEqual(["2022:tunisia", "2023:tunisia", "2024:tunisia", "2025:tunisia"]));
  it("nothing: no bar dimmed", () => {
    const f = chartFrame({ id: "arrivals", highlight: [] }, arrivals, DESKTOP);
    expect(f.bars.some((b) => b.highlight || b.dim)).toBe(false);
  });
  it("keys of another chart are ignored", () => {
    expect(chartFrame({ id: "arrivals", highlight: ["sahel_share"] }, arrivals, DESKTOP).highlight).toEqual([]);
  });
  it("the frame lists its highlight sorted and the highlighted year is marked", () => {
    const f = chartFrame({ id: "arrivals", highlight: ["tunisia", "2023"] }, arrivals, DESKTOP);
    expect(f.highlight).toEqual(["2023", "tunisia"]);
    expect(f.years.filter((y) => y.highlight).map((y) => y.key)).toEqual(["2023"]);
  });
});

describe("a chart in a picture too short for all its words", () => {
  const compact = charts.map((c) => [c.id, chartFrame({ id: c.id, highlight: [] }, c, SMALL_PHONE), chartFrame({ id: c.id, highlight: [] }, c, LANDSCAPE)] as const);

  it.each(compact)("%s: keeps a plot at least 48 px tall at 344x225 and at 422x212", (_, ...frames) => {
    for (const f of frames) expect(f.plot.height).toBeGreaterThanOrEqual(48);
  });

  it.each(compact)("%s: drops the axis title, as every bar carries its value and unit", (_, ...frames) => {
    for (const f of frames) {
      expect(f.axisTitle.text).toBe("");
      expect(f.values.every((v) => v.text.length > 0)).toBe(true);
    }
  });

  it.each(compact)("%s: keeps the whole note, and the context's words if the legend lost them, in a box of COMPACT_NOTE_LINES lines that scrolls", (id, ...frames) => {
    for (const f of frames) {
      const c = chart(id);
      const inLegend = f.legend.some((l) => l.kind === "context");
      expect(f.note).toEqual([]);
      expect(f.noteBox?.text).toBe(inLegend ? c.note : `${c.context!.short}: ${c.context!.label}. ${c.note}`);
      expect(f.noteBox!.height).toBe(COMPACT_NOTE_LINES * 15 + 3);
    }
  });

  it("is not used where the plot has room", () => {
    for (const c of charts) {
      const f = chartFrame({ id: c.id, highlight: [] }, c, PHONE);
      expect(f.noteBox).toBeNull();
      expect(f.note.map((n) => n.text).join(" ")).toBe(c.note);
      expect(f.plot.height).toBeGreaterThanOrEqual(MIN_PLOT);
    }
  });
});

describe("labels on a phone", () => {
  it("turns the arrivals' five-digit labels to fit the narrow bars, and keeps the shares level", () => {
    expect(chartFrame({ id: "arrivals", highlight: [] }, chart("arrivals"), PHONE).values.every((v) => v.rotated)).toBe(true);
    expect(chartFrame({ id: "terrorism", highlight: [] }, chart("terrorism"), PHONE).values.every((v) => !v.rotated)).toBe(true);
  });

  it("writes the unit in the axis title", () => {
    expect(chartFrame({ id: "arrivals", highlight: [] }, chart("arrivals"), PHONE).axisTitle.text).toBe("Sea arrivals (people)");
    expect(chartFrame({ id: "terrorism", highlight: [] }, chart("terrorism"), PHONE).axisTitle.text).toBe("Sahel's share of deaths (%)");
  });
});
