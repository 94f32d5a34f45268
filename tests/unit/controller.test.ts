import { describe, expect, it } from "vitest";
import { createController, MARKS_KEPT, STEP_MARK } from "../../src/controller.ts";
import { stepIdFromHash } from "../../src/link/hash.ts";
import { stepAt } from "../../src/scroll/stepAt.ts";

/** A controller whose frames run only when the test runs them: frames.shift()!() is the next frame. */
function framed() {
  const frames: (() => void)[] = [];
  return { controller: createController(5, -1, (run) => frames.push(run)), frames };
}

describe("controller", () => {
  it("tells listeners about each change once, with whether to animate", () => {
    const controller = createController(5);
    const heard: [number, boolean][] = [];
    controller.subscribe((i, animate) => heard.push([i, animate]));
    controller.setStep(2, { animate: false });
    controller.setStep(2);
    controller.setStep(3);
    expect(heard).toEqual([[2, false], [3, true]]);
    expect(controller.current).toBe(3);
  });

  it("tells listeners about animated changes in the next frame, once, as the last change before it", () => {
    const { controller, frames } = framed();
    const heard: [number, boolean][] = [];
    controller.subscribe((i, animate) => heard.push([i, animate]));
    controller.setStep(1);
    controller.setStep(2);
    expect(controller.current).toBe(2);
    expect(heard).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(heard).toEqual([[2, true]]);
  });

  it("tells nothing in the frame when the step went back to the one heard before it", () => {
    const { controller, frames } = framed();
    const heard: number[] = [];
    controller.subscribe((i) => heard.push(i));
    controller.setStep(1, { animate: false });
    controller.setStep(2);
    controller.setStep(1);
    frames.shift()!();
    expect(heard).toEqual([1]);
  });

  it("tells listeners about a jump at once, and the frame then has nothing left to tell", () => {
    const { controller, frames } = framed();
    const heard: [number, boolean][] = [];
    controller.subscribe((i, animate) => heard.push([i, animate]));
    controller.setStep(1);
    controller.setStep(3, { animate: false });
    expect(heard).toEqual([[3, false]]);
    frames.shift()!();
    expect(heard).toEqual([[3, false]]);
    controller.setStep(4);
    expect(frames).toHaveLength(1); // a new request: the one before has run
  });

  it("clamps indices to the story", () => {
    const controller = createController(5);
    controller.setStep(99);
    expect(controller.current).toBe(4);
    controller.setStep(-3);
    expect(controller.current).toBe(0);
  });
});

describe("stepIdFromHash", () => {
  it("reads #step=<id>", () => expect(stepIdFromHash("#step=tripoli-meeting")).toBe("tripoli-meeting"));
  it("ignores other hashes and anything that is not an id", () => {
    expect(stepIdFromHash("#sources")).toBeNull();
    expect(stepIdFromHash("#step=<script>")).toBeNull();
    expect(stepIdFromHash("")).toBeNull();
  });
});

describe("stepAt", () => {
  const at = (tops: number[], line: number) => stepAt(tops.length, (i) => tops[i], line);
  it("is the last step whose top has crossed the reading line", () => {
    expect(at([-900, -300, 200, 900], 480)).toBe(2);
  });
  it("is the first step before any has crossed", () => {
    expect(at([600, 1400], 480)).toBe(0);
  });
  it("is the last step at the end of the page", () => {
    expect(at([-3000, -2000, -1000], 480)).toBe(2);
  });
  it("counts a top exactly on the line as crossed", () => {
    expect(at([-100, 480, 900], 480)).toBe(1);
  });
  it("agrees with reading every top, for every line, and reads at most 5 of 28 tops", () => {
    const tops = Array.from({ length: 28 }, (_, i) => -5000 + i * 400 + (i % 3) * 37);
    for (let line = -5200; line <= 6500; line += 50) {
      let reads = 0;
      const found = stepAt(tops.length, (i) => (reads++, tops[i]), line);
      const linear = tops.reduce((active, top, i) => (top <= line ? i : active), 0);
      expect(found, `line ${line}`).toBe(linear);
      expect(reads).toBeLessThanOrEqual(5);
    }
  });
  it("is the first step of an empty list", () => {
    expect(stepAt(0, () => 0, 100)).toBe(0);
  });
});

describe("the controller's User Timing marks", () => {
  it("keeps a bounded number however long the reading: no more than MARKS_KEPT step marks", () => {
    performance.clearMarks(STEP_MARK);
    const controller = createController(3);
    for (let i = 0; i < MARKS_KEPT * 3 + 7; i++) controller.setStep(i % 2, { animate: false });
    const kept = performance.getEntriesByName(STEP_MARK).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(MARKS_KEPT);
    performance.clearMarks(STEP_MARK);
  });
});
