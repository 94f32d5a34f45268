// ? or F1: the key map, as a table, built from the same bindings the key handler uses.
import { modeStrings } from "../modeStrings.ts";
import { createDialog, type Dialog } from "./createDialog.ts";
import { BINDINGS, type KeyMode } from "./keyMap.ts";

export function createKeyMapDialog(host: HTMLElement, mode: KeyMode): Dialog {
  const d = createDialog(host, modeStrings.present.keyMapTitle, "key-map-dialog");
  const note = document.createElement("p");
  note.textContent = modeStrings.present.keyMapNote;
  const table = document.createElement("table");
  table.className = "key-map";
  const head = table.createTHead().insertRow();
  for (const text of [modeStrings.present.keyMapAction, modeStrings.present.keyMapKeys]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const binding of BINDINGS.filter((b) => b.modes.includes(mode))) {
    const row = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = modeStrings.present.actions[binding.action];
    const keys = row.insertCell();
    binding.shown.forEach((shown, i) => {
      if (i > 0) keys.append(" ");
      const kbd = document.createElement("kbd");
      kbd.textContent = shown;
      keys.append(kbd);
    });
    row.prepend(th);
  }
  d.body.append(note, table);
  return d;
}
