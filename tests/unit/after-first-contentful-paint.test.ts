// @vitest-environment happy-dom
// afterFirstContentfulPaint: the piece's code waits for the browser's report that the text is on screen.
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstContentfulPaint } from "../../src/schedule/afterFirstContentfulPaint.ts";

/** A stand-in for the browser's PerformanceObserver that reports paint entries when told to. */
function fakePaintTiming(supported = ["paint"]) {
  const observers: ((names: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported;
    disconnected = false;
    constructor(private callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {}
    observe() {
      observers.push((names) => !this.disconnected && this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }));
    }
    disconnect() {
      this.disconnected = true;
    }
  }
  vi.stubGlobal("PerformanceObserver", FakeObserver);
  return { paint: (...names: string[]) => observers.forEach((report) => report(names)) };
}
const settled = (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  return () => done;
};
const tasks = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("afterFirstContentfulPaint", () => {
  it("waits through a first paint with no content, and resolves once the contentful one is reported", async () => {
    const timing = fakePaintTiming();
    const done = settled(afterFirstContentfulPaint());
    await tasks();
    expect(done(), "nothing reported yet").toBe(false);
    timing.paint("first-paint");
    await tasks();
    expect(done(), "a paint without content").toBe(false);
    timing.paint("first-contentful-paint");
    await tasks();
    expect(done()).toBe(true);
  });

  it("resolves after its time limit when nothing is painted (a tab opened in the background)", async () => {
    fakePaintTiming();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const done = settled(afterFirstContentfulPaint(1000));
    await vi.advanceTimersByTimeAsync(999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await tasks();
    expect(done()).toBe(true);
  });

  it("falls back to the next frame where the browser has no paint timing", async () => {
    fakePaintTiming([]);
    const done = settled(afterFirstContentfulPaint());
    await new Promise((r) => setTimeout(r, 250)); // afterNextPaint: a frame, or its 100 ms stand-in
    expect(done()).toBe(true);
  });
});
