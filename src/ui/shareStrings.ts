// The strings of "Share this passage", apart from src/ui/strings.ts so that the reading page's code does
// not carry them: what the build writes into the page, and the confirmations that src/ui/sharePassage.ts
// (loaded on the first press) says. Two objects, so that the press's chunk carries only its own.
export const shareMarkup = {
  button: "Share this passage",
  printed: "Link to this passage:",
  /** A single step's embedded card (src/build/stepCard.ts): its link to the piece. */
  more: "Read it in the interactive story",
} as const;

export const shareStrings = {
  copied: "Link to this passage copied.",
  /** When neither sharing nor the clipboard is allowed: the link itself, to copy by hand. */
  failed: "Copy this link:",
} as const;
