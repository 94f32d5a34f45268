// The timeline's colours and type, read from its CSS: marks at least 3:1 on the paper and the sea, text
// at least 4.5:1, no text under 12 px.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(join(import.meta.dirname, "../../src/scenes/timeline/timeline.css"), "utf8");
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
  if (!m) throw new Error(`timeline.css has no --${name}`);
  return m[1];
};

describe("timeline colours", () => {
  it.each(["timeline-sourced", "timeline-article", "timeline-muted"])("mark %s: at least 3:1 on paper and sea", (name) => {
    expect(contrast(variable(name), PAPER)).toBeGreaterThanOrEqual(3);
    expect(contrast(variable(name), SEA)).toBeGreaterThanOrEqual(3);
  });

  // The article colour also sets the words "(according to the article)".
  it.each(["timeline-text", "timeline-text-soft", "timeline-article"])("text %s: at least 4.5:1 on paper and sea", (name) => {
    expect(contrast(variable(name), PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable(name), SEA)).toBeGreaterThanOrEqual(4.5);
  });

  it("tells the article's claims apart by more than colour: hollow and dashed", () => {
    expect(css).toMatch(/\.is-article \.marker[^{]*\{[^}]*fill: var\(--paper/);
    expect(css).toMatch(/\.is-article \.stem \{[^}]*stroke-dasharray/);
  });

  it("no text under 12 px, in the sans", () => {
    for (const [, px] of css.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)) expect(Number(px)).toBeGreaterThanOrEqual(12);
    expect(css).toMatch(/\.timeline text \{[^}]*font-family: var\(--sans\)/);
  });
});
