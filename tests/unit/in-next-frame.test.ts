// inNextFrame: the next animation frame runs the work, once; where no frame comes (a hidden tab), a timer does.
import { afterEach, describe, expect, it, vi } from "vitest";
import { inNextFrame } from "../../src/schedule/inNextFrame.ts";

describe("inNextFrame", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("runs in the next frame, and the timer that stands in for it then does nothing", () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal("requestAnimationFrame", (run: () => void) => frames.push(run));
    let runs = 0;
    inNextFrame(() => runs++);
    expect(runs, "not before the frame").toBe(0);
    frames.shift()!();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
  });

  it("runs after the timeout when no frame comes", () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal("requestAnimationFrame", (run: () => void) => frames.push(run));
    let runs = 0;
    inNextFrame(() => runs++, 100);
    vi.advanceTimersByTime(99);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    frames.shift()!(); // a frame that comes after all
    expect(runs).toBe(1);
  });
});
