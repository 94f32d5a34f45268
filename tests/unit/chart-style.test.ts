// The chart's colours and type, read from its CSS: marks at least 3:1 on the paper and the sea, text
// at least 4.5:1, no text under 12 px.
import { describe, expect, it } from "vitest";
import { contrast, PAPER, SEA, stylesheet } from "./contrast.ts";

const { css, variable } = stylesheet("src/scenes/chart/chart.css");

describe("chart colours", () => {
  it("compute contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("measure against the page's own paper and sea (main.css)", () => {
    const page = stylesheet("src/styles/main.css");
    expect([page.variable("paper"), page.variable("sea")]).toEqual([PAPER, SEA]);
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
