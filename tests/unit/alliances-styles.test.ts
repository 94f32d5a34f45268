// Relation styles: a type is readable without colour (line, marker and words), and every line colour has at
// least 3:1 contrast on the page's paper and sea colours.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contrast, PAPER, SEA, STYLES } from "../../src/scenes/alliances/styles.ts";
import { RELATION_TYPES } from "../../src/scenes/alliances/types.ts";

describe("relation styles", () => {
  it("style every relation type", () => {
    expect(Object.keys(STYLES).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it("tell every type apart without colour: by dash, wave, ring, marker and direction", () => {
    const look = (t: (typeof RELATION_TYPES)[number]) => {
      const s = STYLES[t];
      return JSON.stringify([s.dash, s.wave, s.ring !== null, s.marker, s.directed]);
    };
    const looks = RELATION_TYPES.map(look);
    expect(new Set(looks).size).toBe(looks.length);
    expect(new Set(RELATION_TYPES.map((t) => STYLES[t].legend)).size).toBe(RELATION_TYPES.length);
  });

  it("draw the directed types (arms, forces) with an arrowhead, and only those", () => {
    for (const t of RELATION_TYPES) expect(STYLES[t].marker === "arrow", t).toBe(t === "arms" || t === "forces");
    for (const t of RELATION_TYPES) expect(STYLES[t].directed, t).toBe(t === "arms" || t === "forces");
  });

  it("keep every line at 3:1 or more on the paper and the sea", () => {
    for (const t of RELATION_TYPES) {
      expect(contrast(STYLES[t].colour, PAPER), `${t} on paper`).toBeGreaterThanOrEqual(3);
      expect(contrast(STYLES[t].colour, SEA), `${t} on sea`).toBeGreaterThanOrEqual(3);
    }
  });

  it("use the paper and sea of main.css", () => {
    const css = readFileSync(join(import.meta.dirname, "../../src/styles/main.css"), "utf8");
    expect(css).toContain(`--paper: ${PAPER};`);
    expect(css).toContain(`--sea: ${SEA};`);
  });

  it("keep legend words short enough for two columns on a phone, and mark what only the article says", () => {
    for (const t of RELATION_TYPES) expect(STYLES[t].legend.length, t).toBeLessThanOrEqual(24);
    // The US–European tension is sourced (fact-check #2); a tension only the article reported would say so in its label.
    expect(STYLES.tension.legend).not.toMatch(/article/);
    expect(STYLES["task-force"].legend).toMatch(/article/);
  });

  it("nest the rings of many-sided relations (the Maghreb Union's around the task force's)", () => {
    expect(STYLES.amu.ring!).toBeGreaterThan(STYLES["task-force"].ring! + 6);
  });

  it("compute contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});
