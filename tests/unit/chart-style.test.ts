// The chart's colours and type, read from its CSS: marks at least 3:1 on the paper and the sea, text
// at least 4.5:1, no text under 12 px.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(join(import.meta.dirname, "../../src/scenes/chart/chart.css"), "utf8");
const PAPER = "#f7f4ee";
const SEA = "#dde6ea";

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const variable = (name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css);
  if (!m) throw new Error(`chart.css has no --${name}`);
  return m[1];
};

describe("chart colours", () => {
  it("compute contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it.each(["chart-s0", "chart-s1", "chart-s2"])("series mark %s: at least 3:1 on paper and sea", (name) => {
    expect(contrast(variable(name), PAPER)).toBeGreaterThanOrEqual(3);
    expect(contrast(variable(name), SEA)).toBeGreaterThanOrEqual(3);
  });

  it.each(["chart-text", "chart-text-soft"])("text %s: at least 4.5:1 on paper and sea", (name) => {
    expect(contrast(variable(name), PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable(name), SEA)).toBeGreaterThanOrEqual(4.5);
  });

  it("three series, three distinct colours, and two of them patterned", () => {
    expect(new Set(["chart-s0", "chart-s1", "chart-s2"].map(variable)).size).toBe(3);
    expect(css).toMatch(/\.bar\.s1[^{]*\{[^}]*url\(#chart-pattern-1\)/);
    expect(css).toMatch(/\.bar\.s2[^{]*\{[^}]*url\(#chart-pattern-2\)/);
  });

  it("no text under 12 px, in the sans", () => {
    for (const [, px] of css.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)) expect(Number(px)).toBeGreaterThanOrEqual(12);
    expect(css).toMatch(/\.chart text \{[^}]*font-family: var\(--sans\)/);
  });
});
