// G: a field for a step number or id; Enter jumps there. Typing goes to the field, not to the key map.
import { modeStrings } from "../modeStrings.ts";
import { createDialog } from "./createDialog.ts";
import { parseJump } from "./parseJump.ts";

export interface JumpDialog {
  open(): void;
}

/** `onJump` may return where the focus should go once the dialog has closed (else: back where it was). */
export function createJumpDialog(host: HTMLElement, ids: readonly string[], onJump: (index: number) => HTMLElement | void): JumpDialog {
  const d = createDialog(host, modeStrings.present.jumpTitle, "jump-dialog");
  const form = document.createElement("form");
  form.className = "jump-form";
  const label = document.createElement("label");
  label.textContent = modeStrings.present.jumpLabel(ids.length);
  const input = document.createElement("input");
  input.type = "text";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("autocapitalize", "off");
  input.name = "step";
  const error = document.createElement("p");
  error.className = "jump-error";
  error.id = `${d.dialog.getAttribute("aria-labelledby")}-error`;
  error.setAttribute("aria-live", "polite");
  input.setAttribute("aria-describedby", error.id);
  label.append(input);
  const go = document.createElement("button");
  go.type = "submit";
  go.textContent = modeStrings.present.jumpButton;
  form.append(label, go, error);
  d.body.append(form);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const index = parseJump(input.value, ids);
    if (index === null) {
      input.setAttribute("aria-invalid", "true");
      error.textContent = modeStrings.present.jumpUnknown(input.value.trim());
      input.select();
      return;
    }
    d.close(onJump(index) ?? undefined);
  });
  return {
    open() {
      input.value = "";
      input.removeAttribute("aria-invalid");
      error.textContent = "";
      d.open(input);
    },
  };
}
