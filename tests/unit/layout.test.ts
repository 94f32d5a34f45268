// The layout the CSS chose, as the script reads it (src/app/layout.ts), and a scrolling that hands over
// to another while the piece runs (src/scroll/switchableScrolling.ts).
import { describe, expect, it } from "vitest";
import { parseLayout } from "../../src/app/layout.ts";
import type { Scrolling } from "../../src/scroll/scrolling.ts";
import { switchableScrolling } from "../../src/scroll/switchableScrolling.ts";

describe("parseLayout", () => {
  it("reads the three layouts, whatever the whitespace a computed custom property carries", () => {
    expect(parseLayout(" wide")).toBe("wide");
    expect(parseLayout("stacked ")).toBe("stacked");
    expect(parseLayout("narrow")).toBe("narrow");
  });
  it("takes the narrow layout when the stylesheet says nothing (it is the default)", () => {
    expect(parseLayout("")).toBe("narrow");
    expect(parseLayout("sideways")).toBe("narrow");
  });
});

/** A scrolling that records its drivers and always measures `step`. */
function fakeScrolling(name: string, step: number, log: string[]): Scrolling {
  return {
    createScrollDriver: () => (log.push(`${name}: driver`), { resize: () => log.push(`${name}: resize`), destroy: () => log.push(`${name}: destroy`) }),
    measureStep: () => step,
    scrollToStep: (_steps, i) => log.push(`${name}: scroll to ${i}`),
  };
}

describe("switchableScrolling", () => {
  it("drives with the first scrolling until it switches, then with the next, choosing the step under the next's reading line", () => {
    const log: string[] = [];
    const chosen: number[] = [];
    const scrolling = switchableScrolling(fakeScrolling("frame", 0, log));
    const driver = scrolling.createScrollDriver([], (i) => chosen.push(i));
    driver.resize();
    scrolling.switchTo(fakeScrolling("self", 7, log));
    driver.resize();
    scrolling.scrollToStep([], 3);
    expect(log).toEqual(["frame: driver", "frame: resize", "frame: destroy", "self: driver", "self: resize", "self: scroll to 3"]);
    expect(chosen).toEqual([7]);
    expect(scrolling.measureStep([])).toBe(7);
  });
});
