import { describe, expect, it } from "vitest";
import { parseJump } from "../../src/modes/present/parseJump.ts";
import { modeFromSearch, modeUrl } from "../../src/modes/modeFromSearch.ts";

const ids = ["bismillah", "regional-landscape", "tripoli-meeting", "tripoli-hub", "naval-visit"];

describe("G, then a number or an id", () => {
  it("takes a step number as the counter shows it (from 1)", () => {
    expect(parseJump("1", ids)).toBe(0);
    expect(parseJump(" 5 ", ids)).toBe(4);
    expect(parseJump("0", ids)).toBeNull();
    expect(parseJump("6", ids)).toBeNull();
    expect(parseJump("-1", ids)).toBeNull();
    expect(parseJump("2.5", ids)).toBeNull();
  });

  it("takes an id, typed, pasted as a link, or the start of exactly one id", () => {
    expect(parseJump("naval-visit", ids)).toBe(4);
    expect(parseJump("Naval-Visit", ids)).toBe(4);
    expect(parseJump("#step=tripoli-hub", ids)).toBe(3);
    expect(parseJump("regional", ids)).toBe(1);
    expect(parseJump("tripoli", ids), "two ids start so").toBeNull();
    expect(parseJump("tripoli-meeting", ids)).toBe(2);
    expect(parseJump("", ids)).toBeNull();
    expect(parseJump("zzz", ids)).toBeNull();
  });
});

describe("modes in the URL", () => {
  it("reads ?mode=present, ?mode=console, ?print, ?print=slides and &notes", () => {
    expect(modeFromSearch("")).toEqual({ name: "reading", notes: false, slides: false });
    expect(modeFromSearch("?mode=present")).toEqual({ name: "present", notes: false, slides: false });
    expect(modeFromSearch("?mode=console")).toEqual({ name: "console", notes: false, slides: false });
    expect(modeFromSearch("?print")).toEqual({ name: "print", notes: false, slides: false });
    expect(modeFromSearch("?print&notes")).toEqual({ name: "print", notes: true, slides: false });
    expect(modeFromSearch("?mode=print&notes=1")).toEqual({ name: "print", notes: true, slides: false });
    expect(modeFromSearch("?print=slides")).toEqual({ name: "print", notes: false, slides: true });
    expect(modeFromSearch("?print=slides&notes")).toEqual({ name: "print", notes: true, slides: true });
    expect(modeFromSearch("?print=other")).toEqual({ name: "print", notes: false, slides: false });
    expect(modeFromSearch("?mode=slides")).toEqual({ name: "reading", notes: false, slides: false });
    expect(modeFromSearch("?embed=1")).toEqual({ name: "reading", notes: false, slides: false });
  });

  it("writes the same page in another mode, keeping the step", () => {
    expect(modeUrl("/", "present", "naval-visit")).toBe("/?mode=present#step=naval-visit");
    expect(modeUrl("/story/", "console", null)).toBe("/story/?mode=console");
    expect(modeUrl("/", "reading", "bismillah")).toBe("/#step=bismillah");
    expect(modeUrl("/", "print", null, ["notes"])).toBe("/?print&notes");
  });
});
