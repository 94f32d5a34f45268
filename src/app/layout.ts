// Which layout the piece's own box has: main.css chooses it (container queries on the piece, and the
// screen's height for "stacked") and says so in --layout on the story; the script only follows.
//   narrow   the graphic in a band at the top, the passages beneath it
//   wide     two columns
//   stacked  no pinned graphic: each passage with its still image, in order
import type { StepState } from "../model/state.ts";
import { stillImage } from "../ui/stillImage.ts";

export type Layout = "narrow" | "wide" | "stacked";

export const parseLayout = (value: string): Layout => {
  const v = value.trim();
  return v === "wide" || v === "stacked" ? v : "narrow";
};

/**
 * Keeps root[data-layout] and the is-stacked class in step with the CSS's choice, as the piece's box
 * changes. The still images are added the first time the piece stacks (they load lazily, near the view).
 * `forced` keeps the piece stacked whatever the box (no IntersectionObserver).
 */
export function followLayout(root: HTMLElement, states: readonly StepState[], options: { base?: string; forced?: boolean; onChange?: (layout: Layout) => void }): void {
  let imagesAdded = false;
  const apply = () => {
    const layout: Layout = options.forced ? "stacked" : parseLayout(getComputedStyle(root).getPropertyValue("--layout"));
    if (root.dataset.layout === layout) return;
    root.dataset.layout = layout;
    root.classList.toggle("is-stacked", layout === "stacked");
    if (layout === "stacked" && !imagesAdded) {
      imagesAdded = true;
      root.querySelectorAll<HTMLElement>(".step").forEach((step, i) => {
        const note = step.querySelector(".graphic-note");
        const img = states[i] && stillImage(states[i], "static-graphic", { base: options.base });
        if (!note || !img) return;
        img.dataset.stacked = "";
        note.prepend(img);
      });
    }
    options.onChange?.(layout);
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
