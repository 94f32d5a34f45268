import { describe, expect, it } from "vitest";
import { createController } from "../../src/controller.ts";
import { stepIdFromHash } from "../../src/link/hash.ts";
import { stepAt } from "../../src/scroll/stepAt.ts";

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
  it("is the last step whose top has crossed the reading line", () => {
    expect(stepAt([-900, -300, 200, 900], 480)).toBe(2);
  });
  it("is the first step before any has crossed", () => {
    expect(stepAt([600, 1400], 480)).toBe(0);
  });
  it("is the last step at the end of the page", () => {
    expect(stepAt([-3000, -2000, -1000], 480)).toBe(2);
  });
});
