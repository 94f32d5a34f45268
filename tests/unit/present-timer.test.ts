import { describe, expect, it } from "vitest";
import { elapsed, formatDuration, isFresh, isRunning, parseTimer, pause, start, toggle, ZERO } from "../../src/modes/console/timer.ts";

const T = 1_750_000_000_000;

describe("the console's clock", () => {
  it("counts while running and holds while paused", () => {
    let t = start(ZERO, T);
    expect(isRunning(t)).toBe(true);
    expect(elapsed(t, T + 65_000)).toBe(65_000);
    t = pause(t, T + 65_000);
    expect(isRunning(t)).toBe(false);
    expect(elapsed(t, T + 999_000)).toBe(65_000);
    t = start(t, T + 100_000);
    expect(elapsed(t, T + 110_000)).toBe(75_000);
  });

  it("ignores a second start or pause, and toggles between them", () => {
    const running = start(ZERO, T);
    expect(start(running, T + 5_000)).toBe(running);
    const paused = pause(running, T + 5_000);
    expect(pause(paused, T + 9_000)).toBe(paused);
    expect(isRunning(toggle(paused, T))).toBe(true);
    expect(toggle(running, T + 3_000)).toEqual({ startedAt: null, banked: 3_000 });
  });

  it("survives a reload: the stored JSON gives back the same clock", () => {
    const t = start(pause(start(ZERO, T), T + 30_000), T + 40_000);
    const back = parseTimer(JSON.stringify(t));
    expect(back).toEqual(t);
    expect(elapsed(back, T + 50_000)).toBe(40_000);
  });

  it("never goes below what it banked when the system clock goes backwards", () => {
    const t = start({ startedAt: null, banked: 10_000 }, T);
    expect(elapsed(t, T - 60_000)).toBe(10_000);
  });

  it("reads anything stored that is not a clock as zero", () => {
    for (const bad of [null, "", "{", "null", "[]", '"x"', '{"startedAt":"soon","banked":0}', '{"startedAt":null,"banked":-1}', '{"startedAt":null}', '{"startedAt":-4,"banked":0}']) {
      expect(parseTimer(bad), String(bad)).toEqual(ZERO);
    }
    expect(isFresh(parseTimer(null))).toBe(true);
    expect(isFresh({ startedAt: null, banked: 1 })).toBe(false);
  });

  it("formats whole seconds as m:ss, and hours when there are any", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(999)).toBe("0:00");
    expect(formatDuration(65_000)).toBe("1:05");
    expect(formatDuration(59 * 60_000 + 59_999)).toBe("59:59");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(-5)).toBe("0:00");
  });
});
