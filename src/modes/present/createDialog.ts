// A modal dialog (native <dialog>, so focus is held inside, Esc closes it and it shows above a
// full-screen page) with a heading and a Close button. Focus goes back where it was on close,
// unless the caller moves it somewhere better.
import { modeStrings } from "../modeStrings.ts";

export interface Dialog {
  readonly dialog: HTMLDialogElement;
  readonly body: HTMLElement;
  readonly isOpen: () => boolean;
  open(focus?: HTMLElement | null): void;
  /** Closes; focus goes to `focusTo` if given, else back to where it was before opening. */
  close(focusTo?: HTMLElement): void;
}

let count = 0;

export function createDialog(host: HTMLElement, title: string, className: string): Dialog {
  const id = `modes-dialog-${++count}`;
  const dialog = document.createElement("dialog");
  dialog.className = `modes-dialog ${className}`;
  dialog.setAttribute("aria-labelledby", `${id}-title`);
  const head = document.createElement("div");
  head.className = "modes-dialog-head";
  const heading = document.createElement("h2");
  heading.id = `${id}-title`;
  heading.textContent = title;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "modes-dialog-close";
  close.textContent = modeStrings.present.close;
  head.append(heading, close);
  const body = document.createElement("div");
  body.className = "modes-dialog-body";
  dialog.append(head, body);
  host.append(dialog);

  let returnTo: HTMLElement | null = null;
  let focusAfter: HTMLElement | undefined;
  dialog.addEventListener("close", () => {
    const target = focusAfter ?? returnTo;
    focusAfter = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  });
  const api: Dialog = {
    dialog,
    body,
    isOpen: () => dialog.open,
    open(focus) {
      if (dialog.open) return;
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      (focus ?? close).focus({ preventScroll: true });
    },
    close(focusTo) {
      focusAfter = focusTo;
      if (dialog.open) dialog.close();
    },
  };
  close.addEventListener("click", () => api.close());
  return api;
}
