// Which layout the piece's own box has: main.css chooses it (container queries on the piece, and the
// screen's height for "stacked") and says so in --layout on the story; the script only follows.
//   narrow   the graphic in a band at the top, the passages beneath it
//   wide     two columns
//   stacked  no pinned graphic: each passage with its still image (prerendered in its note), in order

export type Layout = "narrow" | "wide" | "stacked";

export const parseLayout = (value: string): Layout => {
  const v = value.trim();
  return v === "wide" || v === "stacked" ? v : "narrow";
};

/**
 * Keeps root[data-layout] and the is-stacked class in step with the CSS's choice as the piece's box
 * changes. `forced` keeps the piece stacked whatever the box (no IntersectionObserver).
 */
export function followLayout(root: HTMLElement, options: { forced?: boolean } = {}): void {
  const apply = () => {
    const layout: Layout = options.forced ? "stacked" : parseLayout(getComputedStyle(root).getPropertyValue("--layout"));
    if (root.dataset.layout === layout) return;
    root.dataset.layout = layout;
    root.classList.toggle("is-stacked", layout === "stacked");
  };
  apply();
  // The piece's size changes with its box and with the screen's height (the passages are spaced by it).
  // The change is applied in the next frame, not in the observer: it resizes what the observer watches.
  let frame = 0;
  new ResizeObserver(() => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      apply();
    });
  }).observe(root);
}
