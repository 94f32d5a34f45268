// What a "Share this passage" press does, loaded on the first press (src/ui/shareButtons.ts): the
// device's share sheet where it has one (the Web Share API), else the link copied to the clipboard and
// said so in the button's polite status line, which screen readers announce. The link is the step's
// share page (src/build/sharePage.ts): the one address whose social card shows this step.
import { shareStrings } from "./shareStrings.ts";

export type ShareResult = "shared" | "cancelled" | "copied" | "failed";

/** What the step's status line says after a try. */
export function statusText(result: ShareResult, url: string): string {
  if (result === "copied") return shareStrings.copied;
  if (result === "failed") return `${shareStrings.failed} ${url}`;
  return "";
}

/** Shares or copies `url`; never throws. */
export async function shareLink(url: string, title: string, nav: Navigator = navigator): Promise<ShareResult> {
  const data = { title, url };
  if (nav.share) {
    try {
      await nav.share(data);
      return "shared";
    } catch (error) {
      // The reader closed the sheet: nothing to say. Anything else falls through to the clipboard.
      if ((error as DOMException)?.name === "AbortError") return "cancelled";
    }
  }
  try {
    await nav.clipboard.writeText(url);
    return "copied";
  } catch {
    return "failed";
  }
}

export async function sharePassage(button: HTMLButtonElement, nav: Navigator = navigator): Promise<void> {
  const url = button.dataset.shareUrl ?? "";
  // The piece's headline, from wherever the piece is (our page, or a shadow root on a host page).
  const title = (button.getRootNode() as ParentNode).querySelector("h1")?.textContent?.trim() ?? document.title;
  const status = button.parentElement?.querySelector<HTMLElement>(".share-status");
  if (status) status.textContent = ""; // a second copy is announced again
  const text = statusText(await shareLink(url, title, nav), url);
  if (status) status.textContent = text;
}
