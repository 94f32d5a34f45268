// assets/data/charts.json: every row sourced, the numbers equal the facts, and the check catches what it must.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCharts } from "../../src/scenes/chart/check.ts";
import { chartTable } from "../../src/scenes/chart/table.ts";
import type { ChartRecord } from "../../src/scenes/chart/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));
const charts: ChartRecord[] = read("assets/data/charts.json").records;
const sources: { id: string; title: string; note?: string }[] = read("assets/data/sources.json").records;
const sourceIds = new Set(sources.map((s) => s.id));
const chart = (id: string) => charts.find((c) => c.id === id)!;

/** The real charts with one edit; structuredClone keeps the file's records untouched. */
const edited = (edit: (charts: Record<string, any>[]) => void) => {
  const copy = structuredClone(charts) as unknown as Record<string, any>[];
  edit(copy);
  return copy;
};

// Italian Interior Ministry sea arrivals by country of departure (shared/reference/facts.md §3).
const ARRIVALS = {
  "2022": { total: 105131, libya: 53310, tunisia: 32371, algeria: 1389 },
  "2023": { total: 157651, libya: 51986, tunisia: 97667, algeria: 620 },
  "2024": { total: 66617, libya: 42279, tunisia: 19460, algeria: 1383 },
  "2025": { total: 66296, libya: 58408, tunisia: 4841, algeria: 1812 },
};
// Global Terrorism Index by data year (facts.md §3).
const GTI = {
  "2021": { global_deaths: 7142, sahel_share: 35 },
  "2022": { global_deaths: 6701, sahel_share: 43 },
  "2023": { global_deaths: 8352, sahel_share: 48 },
  "2024": { global_deaths: 7555, sahel_share: 51 },
};

describe("charts.json", () => {
  it("passes the check", () => {
    expect(checkCharts(charts, sourceIds)).toEqual([]);
  });

  it("holds the arrivals and the terrorism charts", () => {
    expect(charts.map((c) => c.id)).toEqual(["arrivals", "terrorism"]);
  });

  it("names a source that exists for every row, one per year", () => {
    for (const c of charts) for (const r of c.rows) expect(sourceIds.has(r.sourceId), `${c.id} ${r.key}: ${r.sourceId}`).toBe(true);
    expect(chart("arrivals").rows.map((r) => r.sourceId)).toEqual(["arrivals-2022", "arrivals-2023", "arrivals-2024", "arrivals-2025"]);
    expect(chart("terrorism").rows.map((r) => r.sourceId)).toEqual(["gti-2021", "gti-2022", "gti-2023", "gti-2024"]);
  });

  it("has exactly the Interior Ministry's arrivals (2023 from Tunisia: 97,667)", () => {
    const a = chart("arrivals");
    expect(Object.fromEntries(a.rows.map((r) => [r.key, r.values]))).toEqual(ARRIVALS);
    expect(a.rows.find((r) => r.key === "2023")!.values.tunisia).toBe(97667);
    expect(a.series.map((s) => s.key)).toEqual(["libya", "tunisia", "algeria"]);
    expect(a.context?.key).toBe("total");
  });

  it("has exactly the GTI figures, 2023's share as GTI 2025 gives it", () => {
    const t = chart("terrorism");
    expect(Object.fromEntries(t.rows.map((r) => [r.key, r.values]))).toEqual(GTI);
    expect(t.max).toBe(100);
    expect(t.unit).toBe("%");
  });

  it("says what the sources say: every figure appears in its source's title", () => {
    const title = new Map(sources.map((s) => [s.id, s.title]));
    const printed = (n: number) => new Intl.NumberFormat("en-GB").format(n);
    for (const c of charts) {
      for (const r of c.rows) {
        for (const v of Object.values(r.values)) if (v !== null) expect(title.get(r.sourceId), `${c.id} ${r.key}: ${v}`).toContain(c.unit === "%" && v <= 100 ? `${v}%` : printed(v));
      }
    }
  });

  it("notes carry the caveats: UNHCR counts are not mixed in; GTI revises past years", () => {
    expect(chart("arrivals").note).toMatch(/UNHCR counts differ/);
    expect(chart("arrivals").note).toMatch(/not mixed/);
    expect(chart("terrorism").note).toMatch(/revises past years/);
    expect(chart("terrorism").note).toMatch(/48% is GTI 2025's revised figure/);
    // GTI's Sahel is wider than the three states the maps hatch (fact-check #6).
    expect(chart("terrorism").note).toMatch(/region of 10 countries, including Nigeria and Cameroon/);
  });
});

describe("checkCharts", () => {
  it("rejects a row without a source, naming the file, the chart, the row and the field", () => {
    const bad = edited((c) => void delete c[0].rows[1].sourceId);
    expect(checkCharts(bad, sourceIds)).toEqual([
      'assets/data/charts.json: record "arrivals" row "2023": sourceId: record has no sourceId: every fact needs a source',
    ]);
  });

  it("rejects a source id not in sources.json", () => {
    const bad = edited((c) => void (c[1].rows[0].sourceId = "wikipedia"));
    expect(checkCharts(bad, sourceIds)).toEqual(['assets/data/charts.json: record "terrorism" row "2021": sourceId: unknown source "wikipedia"']);
  });

  it("rejects a missing value, a value that is not a number, and one above the chart's max", () => {
    const bad = edited((c) => {
      delete c[0].rows[0].values.algeria;
      c[0].rows[2].values.libya = "42279";
      c[1].rows[3].values.sahel_share = 151;
    });
    expect(checkCharts(bad, sourceIds)).toEqual([
      'assets/data/charts.json: record "arrivals" row "2022": values.algeria: is missing (write null where the source gives no figure)',
      'assets/data/charts.json: record "arrivals" row "2024": values.libya: must be a number of at least 0, or null; got "42279"',
      'assets/data/charts.json: record "terrorism" row "2024": values.sahel_share: 151 is above the chart\'s max 100',
    ]);
  });

  it("accepts null for a figure the source does not give", () => {
    expect(checkCharts(edited((c) => void (c[0].rows[0].values.algeria = null)), sourceIds)).toEqual([]);
  });

  it("rejects an unknown confidence, a stray value and duplicate keys", () => {
    const bad = edited((c) => {
      c[0].rows[0].confidence = "certain";
      c[0].rows[1].values.turkey = 7153;
      c[0].rows[2].key = "2022";
      c[1].id = "arrivals";
    });
    expect(checkCharts(bad, sourceIds)).toEqual([
      'assets/data/charts.json: record "arrivals" row "2022": confidence: is "certain"; use high, medium or low',
      'assets/data/charts.json: record "arrivals" row "2023": values.turkey: is not a series or the context value of this chart',
      'assets/data/charts.json: record "arrivals" row "2022": key: duplicate key (row keys and series keys share one namespace: a highlight names either)',
      'assets/data/charts.json: record "arrivals": id: duplicate id',
    ]);
  });

  it("rejects a file without records", () => {
    expect(checkCharts(undefined, sourceIds)).toEqual(["assets/data/charts.json: records: is required (an array of charts)"]);
  });
});

describe("chartTable", () => {
  it("one row per year with each series, the context value and the source", () => {
    const t = chartTable({ id: "arrivals", highlight: [] }, chart("arrivals"));
    expect(t.columns).toEqual(["Year", "From Libya (people)", "From Tunisia (people)", "From Algeria (people)", "All sea arrivals in Italy, from every departure country", "Source"]);
    expect(t.rows).toEqual([
      ["2022", 53310, 32371, 1389, 105131, "arrivals-2022"],
      ["2023", 51986, 97667, 620, 157651, "arrivals-2023"],
      ["2024", 42279, 19460, 1383, 66617, "arrivals-2024"],
      ["2025", 58408, 4841, 1812, 66296, "arrivals-2025"],
    ]);
    expect(t.sources).toEqual(["arrivals-2022", "arrivals-2023", "arrivals-2024", "arrivals-2025"]);
    expect(t.caption).toBe(chart("arrivals").title);
  });

  it("names what the passage emphasises in the caption", () => {
    const t = chartTable({ id: "arrivals", highlight: ["2023", "tunisia"] }, chart("arrivals"));
    expect(t.caption).toBe("Sea arrivals in Italy by country of departure, 2022–2025 (in focus: 2023, From Tunisia)");
  });

  it("percentages and missing figures", () => {
    const terrorism = structuredClone(chart("terrorism")) as ChartRecord & { rows: { values: Record<string, number | null> }[] };
    terrorism.rows[0].values.global_deaths = null;
    const t = chartTable({ id: "terrorism", highlight: [] }, terrorism);
    expect(t.columns[1]).toBe("The Sahel's share of terrorism deaths worldwide (%)");
    expect(t.rows[0]).toEqual(["2021", 35, "no data", "gti-2021"]);
  });

  it("refuses a state that shows another chart", () => {
    expect(() => chartTable({ id: "terrorism", highlight: [] }, chart("arrivals"))).toThrow(/shows chart "terrorism"/);
  });
});
