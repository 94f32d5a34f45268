import { describe, expect, it } from "vitest";
import { formatMinutes, pace, wordCount } from "../../src/modes/console/pacing.ts";

const MIN = 60_000;

describe("the pacing hint", () => {
  // Four steps of 10, 30, 40 and 20 words: a 10-minute plan gives them 1, 3, 4 and 2 minutes.
  const weights = [10, 30, 40, 20];

  it("shares the plan in proportion to each step's words", () => {
    expect(pace(0, 0, weights, 10 * MIN)).toMatchObject({ from: 0, to: 1 * MIN });
    expect(pace(0, 2, weights, 10 * MIN)).toMatchObject({ from: 4 * MIN, to: 8 * MIN });
    expect(pace(0, 3, weights, 10 * MIN).to).toBeCloseTo(10 * MIN);
  });

  it("is on pace inside the step's share, ahead before it and behind after it", () => {
    expect(pace(5 * MIN, 2, weights, 10 * MIN)).toMatchObject({ status: "on-time", offBy: 0 });
    expect(pace(3 * MIN, 2, weights, 10 * MIN)).toMatchObject({ status: "ahead", offBy: 1 * MIN });
    expect(pace(9.5 * MIN, 2, weights, 10 * MIN)).toMatchObject({ status: "behind", offBy: 1.5 * MIN });
  });

  it("treats the step index and bad weights safely", () => {
    expect(pace(0, 99, weights, 10 * MIN).from).toBeCloseTo(8 * MIN);
    expect(pace(0, -3, weights, 10 * MIN).from).toBe(0);
    expect(pace(2 * MIN, 1, [0, 0, 0, 0], 8 * MIN)).toMatchObject({ from: 2 * MIN, to: 4 * MIN, status: "on-time" });
    expect(pace(0, 1, [5, NaN, -2, 5], 10 * MIN)).toMatchObject({ from: 5 * MIN, to: 5 * MIN });
  });

  it("weighs a passage by its words and rounds the hint to whole minutes, at least one", () => {
    expect(wordCount("  On June 16, 2026,\nthe Libyan capital ")).toBe(7);
    expect(wordCount("")).toBe(0);
    expect(formatMinutes(20_000)).toBe("1 min");
    expect(formatMinutes(150_000)).toBe("3 min");
  });
});
