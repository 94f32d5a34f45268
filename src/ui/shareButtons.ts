// "Share this passage": one listener for every step's button, in the first view's code. What a press
// does (the Web Share API or the clipboard, and the confirmation) is a chunk of its own, fetched on the
// first press, so readers who never share never download it.
export function setupShareButtons(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>("button[data-share-url]");
    if (button) void import("./sharePassage.ts").then((m) => m.sharePassage(button));
  });
}
