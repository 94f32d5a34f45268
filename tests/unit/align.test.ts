import { describe, expect, it } from "vitest";
import { align } from "../../src/story/align.ts";

const ARTICLE = "Heading one\nFirst sentence. Second sentence? Third!\nLast paragraph.\n";
const p = (text: string, heading: string | null = null) => ({ heading, text });

describe("align", () => {
  it("places passages split at sentence ends and marks the continuations", () => {
    const { placements, problems } = align(
      [p("First sentence.", "Heading one"), p("Second sentence? Third!"), p("Last paragraph.")],
      ARTICLE,
    );
    expect(problems).toEqual([]);
    expect(placements).toEqual([
      { paragraph: 1, continues: false },
      { paragraph: 1, continues: true },
      { paragraph: 2, continues: false },
    ]);
  });

  it("reports a split in the middle of a sentence", () => {
    const { problems } = align([p("First", "Heading one"), p("sentence. Second sentence? Third!"), p("Last paragraph.")], ARTICLE);
    expect(problems).toEqual([{ index: 0, field: "text", problem: "mid-sentence" }]);
  });

  it("reports one error for one bad passage, not a cascade", () => {
    const { problems } = align([p("First sentence.", "Heading one"), p("Second sentence? Fourth!"), p("Last paragraph.")], ARTICLE);
    expect(problems).toEqual([{ index: 1, field: "text", problem: "mismatch", expected: "Second sentence? Third!" }]);
  });

  it("reports passages out of order", () => {
    const { problems } = align([p("Last paragraph.", "Heading one"), p("First sentence. Second sentence? Third!")], ARTICLE);
    expect(problems[0]).toMatchObject({ index: 0, problem: "mismatch" });
  });

  it("reports article text that no passage covers", () => {
    const { problems } = align([p("First sentence. Second sentence? Third!", "Heading one")], ARTICLE);
    expect(problems).toEqual([{ index: null, field: null, problem: "uncovered", expected: "Last paragraph." }]);
  });

  it("ignores differences in white space only", () => {
    const { problems } = align([p("First  sentence.\nSecond sentence?   Third!", "Heading one"), p("Last paragraph.")], ARTICLE);
    expect(problems).toEqual([]);
  });
});
