// Whether a host page lets `position: sticky` work for an element inside it. An ancestor that clips
// or scrolls (overflow other than visible/clip) becomes the sticky element's scroll box, so it never
// pins against the window; transform and contain make a new containing block that hosts commonly
// combine with it. Any of them sends the loader to the iframe bridge instead (EMBEDDING.md). Pure.

export interface StyleFacts {
  readonly overflowX: string;
  readonly overflowY: string;
  readonly transform: string;
  readonly contain: string;
}

const PASSES = new Set(["visible", "clip"]);
const CONTAINS = /\b(paint|layout|strict|content)\b/;

/** Why this element breaks sticky for its descendants, or null. */
export function stickyBreaker(style: StyleFacts): string | null {
  if (!PASSES.has(style.overflowX) || !PASSES.has(style.overflowY)) return `overflow: ${style.overflowX} ${style.overflowY}`;
  if (style.transform && style.transform !== "none") return `transform: ${style.transform}`;
  if (CONTAINS.test(style.contain)) return `contain: ${style.contain}`;
  return null;
}

/**
 * The first breaker among the ancestors, nearest first. `ancestors` runs up to, not including, <body>;
 * <html> and <body> are given apart because their overflow is the viewport's, not a box's: body's
 * overflow moves to the viewport when html's is visible, and then breaks nothing.
 */
export function findStickyBreaker(ancestors: readonly StyleFacts[], body: StyleFacts, html: StyleFacts): string | null {
  for (const style of ancestors) {
    const reason = stickyBreaker(style);
    if (reason) return reason;
  }
  const htmlPasses = PASSES.has(html.overflowX) && PASSES.has(html.overflowY);
  const bodyFacts = htmlPasses ? { ...body, overflowX: "visible", overflowY: "visible" } : body;
  return stickyBreaker(bodyFacts) ?? stickyBreaker({ ...html, overflowX: "visible", overflowY: "visible" });
}
