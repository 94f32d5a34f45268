import { describe, expect, it } from "vitest";
import { choose, gone, heard, leaderOf, NO_AUDIENCE, prune } from "../../src/modes/console/audiences.ts";

const state = (sid: string, stepId = "bismillah", blackout = false) => ({ sid, stepId, blackout });

describe("the audience windows a console hears", () => {
  it("lets the first window heard lead, and keeps it leading when a second appears", () => {
    let a = heard(NO_AUDIENCE, state("window-one"), 1000);
    expect(a.leader).toBe("window-one");
    a = heard(a, state("window-two", "naval-visit"), 2000);
    expect(a.windows.map((w) => w.sid)).toEqual(["window-one", "window-two"]);
    expect(a.leader).toBe("window-one");
    a = heard(a, state("window-two", "tripoli-meeting"), 3000);
    expect(leaderOf(a)?.stepId).toBe("bismillah");
  });

  it("updates a window's step and blackout but keeps when it was first heard", () => {
    const a = heard(heard(NO_AUDIENCE, state("window-one"), 1000), state("window-one", "naval-visit", true), 5000);
    expect(a.windows).toEqual([{ sid: "window-one", stepId: "naval-visit", blackout: true, firstSeen: 1000, lastSeen: 5000 }]);
  });

  it("hands the lead to the window the presenter chooses, and ignores an unknown choice", () => {
    const two = heard(heard(NO_AUDIENCE, state("window-one"), 1000), state("window-two"), 2000);
    expect(choose(two, "window-two").leader).toBe("window-two");
    expect(choose(two, "window-nine")).toBe(two);
  });

  it("when the leader closes, a single remaining window leads; with several, none leads until chosen", () => {
    const two = heard(heard(NO_AUDIENCE, state("window-one"), 1000), state("window-two"), 2000);
    expect(gone(two, "window-one").leader).toBe("window-two");
    const three = heard(two, state("window-three"), 3000);
    expect(gone(three, "window-one").leader).toBeNull();
    expect(gone(three, "window-two").leader).toBe("window-one");
    expect(gone(heard(NO_AUDIENCE, state("window-one"), 1000), "window-one")).toEqual(NO_AUDIENCE);
  });

  it("forgets windows that fell silent, and the leader with them", () => {
    const two = heard(heard(NO_AUDIENCE, state("window-one"), 1000), state("window-two"), 4500);
    const later = prune(two, 5000, 3000);
    expect(later.windows.map((w) => w.sid)).toEqual(["window-two"]);
    expect(later.leader).toBe("window-two");
    expect(prune(two, 3900, 3000)).toBe(two);
  });
});
