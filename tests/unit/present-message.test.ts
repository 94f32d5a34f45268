import { describe, expect, it } from "vitest";
import { parseMessage, PROTOCOL } from "../../src/modes/present/message.ts";

const sid = "3f6a1c2e-0b7d-4e57-9a11-2f0c5d9e8b10";
const audience = { v: PROTOCOL, sid, ts: 1_750_000_000_000, role: "audience" } as const;
const consoleSide = { ...audience, role: "console" } as const;
const to = "8d0c2b1a-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

describe("the audience–console messages", () => {
  it("accepts each message type in its exact shape", () => {
    expect(parseMessage({ ...consoleSide, type: "hello" })).toEqual({ ...consoleSide, type: "hello" });
    expect(parseMessage({ ...audience, type: "bye" })).toEqual({ ...audience, type: "bye" });
    expect(parseMessage({ ...audience, type: "state", stepId: "tripoli-meeting", blackout: true })).toEqual({
      ...audience,
      type: "state",
      stepId: "tripoli-meeting",
      blackout: true,
    });
    expect(parseMessage({ ...consoleSide, type: "cmd", to, action: "next" })).toEqual({ ...consoleSide, type: "cmd", to, action: "next" });
    expect(parseMessage({ ...consoleSide, type: "cmd", to, action: "goto", stepId: "naval-visit" })).toEqual({
      ...consoleSide,
      type: "cmd",
      to,
      action: "goto",
      stepId: "naval-visit",
    });
    expect(parseMessage({ ...consoleSide, type: "cmd", to, action: "blackout", blackout: false })).toEqual({
      ...consoleSide,
      type: "cmd",
      to,
      action: "blackout",
      blackout: false,
    });
  });

  it("drops fields it does not know, so nothing unexpected travels on", () => {
    const parsed = parseMessage({ ...audience, type: "state", stepId: "bismillah", blackout: false, html: "<img src=x onerror=alert(1)>" });
    expect(parsed).not.toHaveProperty("html");
  });

  it("rejects anything that is not a message of this protocol", () => {
    for (const data of [null, undefined, 1, "hello", [], [audience], { ...consoleSide, type: "hello", v: 2 }, { ...consoleSide, type: "wave" }]) {
      expect(parseMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("rejects a bad envelope: sid, ts or role", () => {
    const hello = { ...consoleSide, type: "hello" };
    for (const bad of [{ sid: "" }, { sid: "x" }, { sid: "<script>alert(1)</script>" }, { sid: 42 }, { ts: "1" }, { ts: NaN }, { ts: Infinity }, { ts: -5 }, { role: "admin" }, { role: undefined }]) {
      expect(parseMessage({ ...hello, ...bad }), JSON.stringify(bad)).toBeNull();
    }
  });

  it("takes the step only from the audience, and commands only from a console", () => {
    expect(parseMessage({ ...consoleSide, type: "state", stepId: "bismillah", blackout: false })).toBeNull();
    expect(parseMessage({ ...audience, type: "cmd", to, action: "next" })).toBeNull();
  });

  it("rejects a state or command with a bad field", () => {
    const state = { ...audience, type: "state", stepId: "bismillah", blackout: false };
    for (const bad of [{ stepId: "Bismillah" }, { stepId: "../x" }, { stepId: "a b" }, { stepId: "" }, { stepId: 3 }, { blackout: "yes" }, { blackout: undefined }, { stepId: "a".repeat(81) }]) {
      expect(parseMessage({ ...state, ...bad }), JSON.stringify(bad)).toBeNull();
    }
    const cmd = { ...consoleSide, type: "cmd", to };
    for (const bad of [{ action: "next", to: undefined }, { action: "next", to: "" }, { action: "next", to: "<b>x</b>" }, { action: "next", to: 7 }, { action: "reload" }, { action: "goto" }, { action: "goto", stepId: "NO" }, { action: "blackout" }, { action: "blackout", blackout: 1 }, { action: "__proto__" }]) {
      expect(parseMessage({ ...cmd, ...bad }), JSON.stringify(bad)).toBeNull();
    }
  });
});
