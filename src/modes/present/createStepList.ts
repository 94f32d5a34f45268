// O: every step in a list of buttons. Arrow keys, Home and End move through it; Enter picks a step.
// Beside each, a "Share" button (Tab reaches it) with the step's share link: the reading page's
// listener on the piece (src/ui/shareButtons.ts) handles it, as it does each passage's.
import { modeStrings } from "../modeStrings.ts";
import { createDialog } from "./createDialog.ts";

export interface StepList {
  open(current: number): void;
  close(): void;
}

/** `onPick` may return where the focus should go once the list has closed (else: back where it was). */
export function createStepList(host: HTMLElement, titles: readonly string[], onPick: (index: number) => HTMLElement | void, shareUrls: readonly (string | undefined)[] = []): StepList {
  const d = createDialog(host, modeStrings.present.stepListTitle, "step-list-dialog");
  const list = document.createElement("ol");
  list.className = "step-list";
  const buttons = titles.map((title, i) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.index = String(i);
    button.textContent = modeStrings.present.stepListItem(i + 1, title);
    button.addEventListener("click", () => d.close(onPick(i) ?? undefined));
    item.append(button);
    const url = shareUrls[i];
    if (url) {
      const share = document.createElement("button");
      share.type = "button";
      share.className = "step-list-share";
      share.dataset.shareUrl = url;
      share.textContent = modeStrings.present.share;
      share.setAttribute("aria-label", modeStrings.present.shareLabel(i + 1, title));
      const status = document.createElement("span");
      status.className = "share-status";
      status.setAttribute("role", "status");
      item.append(share, status);
    }
    list.append(item);
    return button;
  });
  d.body.append(list);
  list.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))].focus();
  });
  return {
    open(current) {
      buttons.forEach((b, i) => (i === current ? b.setAttribute("aria-current", "step") : b.removeAttribute("aria-current")));
      d.open(buttons[current] ?? buttons[0]);
      buttons[current]?.scrollIntoView({ block: "center" });
    },
    close: () => d.close(),
  };
}
