// A DOM keydown event as the key map's KeyPress: which keys, and what kind of element has focus.
import type { KeyPress, KeyTarget } from "./keyMap.ts";

const CONTROLS = "button, a[href], summary, select, [role=button], [role=link], [role=menuitem], [role=option], [role=tab], [role=checkbox], [role=switch], [role=radio]";

export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return "other";
  // A field in a dialog just closed keeps the focus until the dialog's close event hands it back; it no
  // longer takes typing, so a key pressed at once after Esc is a command.
  if (target.closest("dialog:not([open])")) return "other";
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return "field";
  if (target instanceof HTMLInputElement) {
    // A checkbox or a button-like input is a control; everything else takes typing.
    return ["button", "submit", "reset", "checkbox", "radio", "range", "color", "file", "image"].includes(target.type) ? "control" : "field";
  }
  if (target instanceof HTMLElement && target.isContentEditable) return "field";
  if (target.closest("[role=textbox], [role=searchbox], [role=combobox], [role=spinbutton]")) return "field";
  return target.closest(CONTROLS) ? "control" : "other";
}

export function keyPressFrom(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    repeat: event.repeat,
    target: keyTargetOf(event.target),
  };
}
