import { describe, expect, it } from "vitest";
import { createStepReporter, type StepInfo } from "../../src/embed/hostEvents.ts";
import { parseStepMessage, stepMessage } from "../../src/embed/protocol.ts";

const step = (index: number, count = 4): StepInfo => ({ id: `s${index}`, index, count });

function recorder() {
  const told: string[] = [];
  const reporter = createStepReporter(
    (s) => told.push(`step ${s.id}`),
    (s) => told.push(`end ${s.id}`),
  );
  return { told, reporter };
}

describe("the step events a host page hears", () => {
  it("tell each change once while the piece is on screen, and the end after the last step's", () => {
    const { told, reporter } = recorder();
    reporter.visible(true);
    for (const i of [0, 1, 1, 2, 3, 2, 3]) reporter.step(step(i));
    expect(told).toEqual(["step s0", "step s1", "step s2", "step s3", "end s3", "step s2", "step s3"]);
  });

  it("hold a change made while the piece is off screen until it comes on screen", () => {
    const { told, reporter } = recorder();
    reporter.step(step(0)); // the first step, set at load below the fold
    reporter.step(step(1));
    expect(told).toEqual([]);
    reporter.visible(true);
    expect(told).toEqual(["step s1"]);
  });

  it("say nothing on coming back on screen if the step is the one last told", () => {
    const { told, reporter } = recorder();
    reporter.visible(true);
    reporter.step(step(2));
    reporter.visible(false);
    reporter.step(step(3));
    reporter.step(step(2));
    reporter.visible(true);
    expect(told).toEqual(["step s2"]);
  });
});

describe("the step message the piece posts from its iframe", () => {
  it("round-trips", () => {
    expect(parseStepMessage(stepMessage(step(3, 28)))).toEqual({ xstory: 1, type: "step", id: "s3", index: 3, count: 28 });
  });

  it("refuses indexes out of range, fractions, and ids that are not slugs", () => {
    expect(parseStepMessage({ ...stepMessage(step(3, 28)), index: 28 })).toBeNull();
    expect(parseStepMessage({ ...stepMessage(step(3, 28)), index: 1.5 })).toBeNull();
    expect(parseStepMessage({ ...stepMessage(step(3, 28)), count: 0 })).toBeNull();
    expect(parseStepMessage({ ...stepMessage(step(3, 28)), id: "<img src=x onerror=alert(1)>" })).toBeNull();
    expect(parseStepMessage({ ...stepMessage(step(3, 28)), xstory: 2 })).toBeNull();
    expect(parseStepMessage(JSON.stringify(stepMessage(step(3, 28))))).toBeNull();
  });
});
