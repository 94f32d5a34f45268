// The byte budgets of bench/budget.json, checked on the build (sizes are deterministic; timings are
// measured by npm run bench, never asserted here). Runs after `vite build` in the test command.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LATER_CHUNK, measureBytes, SHARE_CHUNK } from "../../bench/bytes.mjs";
import { ROOT } from "./helpers.ts";

const budget = JSON.parse(readFileSync(join(ROOT, "bench/budget.json"), "utf8")).bytes;
const bytes = measureBytes(join(ROOT, "dist"));
// Exact: bytes against the budget in KiB, with no rounding in the test's favour.
const kib = (n: number) => n / 1024;
const gz = (part: typeof bytes.firstView, type: string) => (part.byType as Record<string, { gzip: number }>)[type]?.gzip ?? 0;

describe("byte budgets (gzip)", () => {
  it(`keeps the whole story's JavaScript within ${budget.jsWholeStoryGzipKiB} KiB`, () => {
    expect(kib(gz(bytes.wholeStory, "js"))).toBeLessThanOrEqual(budget.jsWholeStoryGzipKiB);
  });
  it(`keeps the first view's JavaScript within ${budget.jsFirstViewGzipKiB} KiB`, () => {
    expect(kib(gz(bytes.firstView, "js"))).toBeLessThanOrEqual(budget.jsFirstViewGzipKiB);
  });
  it(`keeps geometry and data within ${budget.geometryAndDataGzipKiB} KiB`, () => {
    expect(kib(gz(bytes.wholeStory, "geometry/data"))).toBeLessThanOrEqual(budget.geometryAndDataGzipKiB);
  });
  it(`keeps the first view, fonts included, within ${budget.firstViewTotalGzipKiB} KiB`, () => {
    expect(kib(bytes.firstView.total.gzip)).toBeLessThanOrEqual(budget.firstViewTotalGzipKiB);
  });
  it("counts the map geometry, the fonts and the entry script in the first view, and the later scenes and tweens out of it", () => {
    expect(bytes.firstView.files.some((f: string) => /region\.topo-.*\.json$/.test(f))).toBe(true);
    expect(bytes.firstView.files.filter((f: string) => f.endsWith(".woff2")).length).toBeGreaterThanOrEqual(4);
    expect(bytes.firstView.files.some((f: string) => /later-.*\.js$/.test(f))).toBe(false);
    expect(bytes.wholeStory.files.some((f: string) => /later-.*\.js$/.test(f))).toBe(true);
    expect(bytes.firstView.files.some((f: string) => /gsap-core-.*\.js$/.test(f))).toBe(false);
    expect(bytes.wholeStory.files.some((f: string) => /gsap-core-.*\.js$/.test(f))).toBe(true);
  });
  it("counts what a Share press loads in the whole story, not in the first view; and no share page or card at all", () => {
    expect(bytes.wholeStory.files.filter((f: string) => SHARE_CHUNK.test(f))).toHaveLength(1);
    expect(bytes.firstView.files.some((f: string) => SHARE_CHUNK.test(f))).toBe(false);
    expect(bytes.wholeStory.files.some((f: string) => f.startsWith("s/"))).toBe(false);
    expect(bytes.sharePages.steps).toBeGreaterThan(0);
  });
  it("knows every script chunk: the first view's, the later scenes', or a presenter mode's (named in bench/bytes.mjs)", () => {
    // A new chunk must be placed on purpose, or the reader's budget would silently miss or mis-count it.
    const known = new Set([...bytes.firstView.files, ...bytes.presenterModes.files]);
    const scripts = [...bytes.wholeStory.files, ...bytes.presenterModes.files].filter((f: string) => f.endsWith(".js"));
    expect(scripts.filter((f: string) => !known.has(f) && !LATER_CHUNK.test(f) && !SHARE_CHUNK.test(f))).toEqual([]);
    expect(bytes.presenterModes.files.length).toBeGreaterThanOrEqual(2);
  });
});
