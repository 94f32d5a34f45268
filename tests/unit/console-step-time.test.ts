import { describe, expect, it } from "vitest";
import { enter, NO_STEP, onStep, parseRehearsal, parseStepClock, record, rehearsedPlan } from "../../src/modes/console/stepTime.ts";

const ids = ["bismillah", "tripoli-meeting", "naval-visit"];

describe("time per step", () => {
  it("counts the clock's time since the step came on screen", () => {
    const clock = enter(NO_STEP, "bismillah", 10_000);
    expect(onStep(clock, 25_000)).toBe(15_000);
    expect(onStep(enter(clock, "naval-visit", 25_000), 26_000)).toBe(1_000);
  });

  it("keeps the start of the same step (a reload), but not one from a later clock (a reset)", () => {
    const clock = enter(NO_STEP, "bismillah", 10_000);
    expect(enter(clock, "bismillah", 20_000)).toBe(clock);
    expect(enter(clock, "bismillah", 5_000)).toEqual({ stepId: "bismillah", since: 5_000 });
  });
});

describe("the rehearsal", () => {
  it("adds each step's time as it leaves the screen, twice shown twice counted", () => {
    let r = record({}, enter(NO_STEP, "bismillah", 0), 30_000);
    r = record(r, enter(NO_STEP, "naval-visit", 30_000), 90_000);
    r = record(r, enter(NO_STEP, "bismillah", 90_000), 100_000);
    expect(r).toEqual({ bismillah: 40_000, "naval-visit": 60_000 });
    expect(record(r, NO_STEP, 200_000)).toBe(r);
  });

  it("gives a plan weighted by the rehearsed times, and none before a rehearsal", () => {
    expect(rehearsedPlan({ bismillah: 40_000, "naval-visit": 60_000 }, ids)).toEqual({ weights: [40_000, 0, 60_000], plannedMs: 100_000, steps: 2 });
    expect(rehearsedPlan({}, ids)).toBeNull();
  });

  it("reads back only well-formed stored values", () => {
    expect(parseRehearsal('{"bismillah":1000,"naval-visit":-5,"other":3,"tripoli-meeting":"9"}', ids)).toEqual({ bismillah: 1000 });
    expect(parseRehearsal('{"__proto__":{"x":1}}', ids)).toEqual({});
    expect(parseRehearsal("[1]", ids)).toEqual({});
    expect(parseRehearsal("not json", ids)).toEqual({});
    expect(parseStepClock('{"stepId":"bismillah","since":5}')).toEqual({ stepId: "bismillah", since: 5 });
    expect(parseStepClock('{"stepId":7,"since":5}')).toBe(NO_STEP);
    expect(parseStepClock(null)).toBe(NO_STEP);
  });
});
