// The timeline's colours and type, read from its CSS: marks at least 3:1 on the paper and the sea, text
// at least 4.5:1, no text under 12 px.
import { describe, expect, it } from "vitest";
import { contrast, PAPER, SEA, stylesheet } from "./contrast.ts";

const { css, variable } = stylesheet("src/scenes/timeline/timeline.css");

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
