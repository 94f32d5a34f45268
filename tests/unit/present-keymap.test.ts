import { describe, expect, it } from "vitest";
import { BINDINGS, keyAction, type KeyMode, type KeyPress } from "../../src/modes/present/keyMap.ts";

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  target: "other",
  ...more,
});
const act = (key: string, more: Partial<KeyPress> = {}, mode: KeyMode = "present") => keyAction(press(key, more), mode);

describe("the present-mode key map", () => {
  it("moves forward with → ↓ Space PageDown N, and back with ← ↑ Shift+Space PageUp P", () => {
    for (const key of ["ArrowRight", "ArrowDown", " ", "PageDown", "n", "N"]) expect(act(key), key).toBe("next");
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "p", "P"]) expect(act(key), key).toBe("prev");
    expect(act(" ", { shiftKey: true })).toBe("prev");
    expect(act("N", { shiftKey: true }), "Shift with a letter is still the letter").toBe("next");
  });

  it("has Home, End, blackout on B . V (a clicker's black-screen button), F, F5, O, G, S, ? and F1", () => {
    expect(act("Home")).toBe("first");
    expect(act("End")).toBe("last");
    for (const key of ["b", "B", ".", "v", "V"]) expect(act(key), key).toBe("blackout");
    expect(act("f")).toBe("fullscreen");
    expect(act("F5")).toBe("start");
    expect(act("Escape")).toBe("stop");
    expect(act("o")).toBe("list");
    expect(act("g")).toBe("jump");
    expect(act("s")).toBe("console");
    expect(act("?", { shiftKey: true })).toBe("help");
    expect(act("F1")).toBe("help");
  });

  it("ignores every key while Ctrl, Meta or Alt is held (browser and screen-reader shortcuts)", () => {
    for (const modifier of ["ctrlKey", "metaKey", "altKey"] as const) {
      for (const key of ["ArrowRight", "PageDown", " ", "b", "f", "Home", "F5", "?"]) expect(act(key, { [modifier]: true }), `${modifier}+${key}`).toBeNull();
    }
  });

  it("ignores every key while typing in a field", () => {
    for (const key of ["n", "p", "b", ".", "g", " ", "ArrowRight", "Home", "End", "Escape"]) expect(act(key, { target: "field" }), key).toBeNull();
  });

  it("leaves Space and Enter to a focused button or link, but not the arrows", () => {
    expect(act(" ", { target: "control" })).toBeNull();
    expect(act("Enter", { target: "control" })).toBeNull();
    expect(act("ArrowRight", { target: "control" })).toBe("next");
    expect(act("b", { target: "control" })).toBe("blackout");
  });

  it("acts once for a held key: its repeats do nothing", () => {
    expect(act("PageDown", { repeat: true })).toBeNull();
    expect(act("ArrowRight", { repeat: true })).toBeNull();
  });

  it("has no action for other keys", () => {
    for (const key of ["a", "x", "1", "Enter", "Tab", "Shift", "r", "t", "/", "Unidentified"]) expect(act(key), key).toBeNull();
  });

  it("gives the console the timer keys, and not the audience-only ones", () => {
    expect(act("t", {}, "console")).toBe("timerToggle");
    expect(act("R", { shiftKey: true }, "console")).toBe("timerReset");
    expect(act("r", {}, "console"), "R alone never resets").toBeNull();
    expect(act("t")).toBeNull();
    expect(act("s", {}, "console")).toBeNull();
    expect(act("f", {}, "console")).toBeNull();
    expect(act("F5", {}, "console")).toBeNull();
    expect(act("PageDown", {}, "console")).toBe("next");
    expect(act(".", {}, "console")).toBe("blackout");
  });

  it("binds no key to two actions in one mode", () => {
    for (const mode of ["present", "console"] as const) {
      const keys = BINDINGS.filter((b) => b.modes.includes(mode)).flatMap((b) => b.keys);
      expect(new Set(keys).size, mode).toBe(keys.length);
    }
  });
});
