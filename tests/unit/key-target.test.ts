// @vitest-environment happy-dom
// keyTargetOf: what kind of element a key press lands on, which decides whether a letter is typing or a command.
import { describe, expect, it } from "vitest";
import { keyTargetOf } from "../../src/modes/present/keyPressFrom.ts";

describe("keyTargetOf", () => {
  it("calls a text field a field, a button a control, and the page other", () => {
    document.body.innerHTML = `<input type="text"><button>Go</button><p>Text</p>`;
    expect(keyTargetOf(document.querySelector("input"))).toBe("field");
    expect(keyTargetOf(document.querySelector("button"))).toBe("control");
    expect(keyTargetOf(document.querySelector("p"))).toBe("other");
  });

  it("calls a field in an open dialog a field, and one in a dialog just closed other", () => {
    document.body.innerHTML = `<dialog open><input type="text"></dialog><dialog><input type="text"></dialog>`;
    const [open, closed] = document.querySelectorAll("input");
    expect(keyTargetOf(open)).toBe("field");
    expect(keyTargetOf(closed)).toBe("other");
  });
});
