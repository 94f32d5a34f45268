// @vitest-environment happy-dom
// onceAfterNextPaint: many requests before a paint make one run after it; a request after that run makes another.
import { describe, expect, it } from "vitest";
import { afterNextPaint, onceAfterNextPaint } from "../../src/schedule/afterNextPaint.ts";

describe("onceAfterNextPaint", () => {
  it("runs once after the next paint, however often it was asked for", async () => {
    let runs = 0;
    const ask = onceAfterNextPaint(() => runs++);
    ask();
    ask();
    ask();
    expect(runs, "not before the paint").toBe(0);
    await afterNextPaint();
    await afterNextPaint();
    expect(runs).toBe(1);
    ask();
    await afterNextPaint();
    await afterNextPaint();
    expect(runs, "asked again after it ran: runs again").toBe(2);
  });
});
