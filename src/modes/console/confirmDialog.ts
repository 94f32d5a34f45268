// A yes/no question in a modal dialog; the safe answer has the focus, so Enter does no harm.
import { createDialog, type Dialog } from "../present/createDialog.ts";

export interface Confirm {
  ask(body: string): Promise<boolean>;
}

export function createConfirm(host: HTMLElement, title: string, confirmText: string, cancelText: string): Confirm {
  const d: Dialog = createDialog(host, title, "confirm-dialog");
  const text = document.createElement("p");
  const actions = document.createElement("div");
  actions.className = "confirm-actions";
  const yes = document.createElement("button");
  yes.type = "button";
  yes.className = "confirm-yes";
  yes.textContent = confirmText;
  const no = document.createElement("button");
  no.type = "button";
  no.className = "confirm-no";
  no.textContent = cancelText;
  actions.append(no, yes);
  d.body.append(text, actions);
  let answer: ((yes: boolean) => void) | null = null;
  const settle = (value: boolean) => {
    const done = answer;
    answer = null;
    done?.(value);
  };
  yes.addEventListener("click", () => {
    settle(true);
    d.close();
  });
  no.addEventListener("click", () => d.close());
  d.dialog.addEventListener("close", () => settle(false)); // Esc, Close or Cancel
  return {
    ask(body) {
      text.textContent = body;
      return new Promise((resolve) => {
        answer = resolve;
        d.open(no);
      });
    },
  };
}
