// The only scrollama import. Turns scrolling into step indices; it knows nothing of scenes.
import scrollama from "scrollama";
import { onceAfterNextPaint } from "../schedule/afterNextPaint.ts";
import { stepAt } from "./stepAt.ts";

export interface ScrollDriver {
  resize(): void;
  destroy(): void;
}

/** Where the reading line sits, as a fraction of the viewport height from the top. */
export const OFFSET = 0.6;

/** The step under the reading line now, measured from layout (for load, reload and settle). */
export const measureStep = (steps: HTMLElement[]): number =>
  stepAt(steps.length, (i) => steps[i].getBoundingClientRect().top, window.innerHeight * OFFSET + 1);

/** Scrolls, without animation, so that step i sits just past the reading line. */
export function scrollToStep(steps: HTMLElement[], i: number): void {
  const top = steps[i].getBoundingClientRect().top + window.scrollY - window.innerHeight * OFFSET + 2;
  window.scrollTo({ top: Math.max(0, top), behavior: "instant" });
}

export function createScrollDriver(steps: HTMLElement[], onStep: (index: number) => void): ScrollDriver {
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: OFFSET }).onStepEnter(({ index }) => onStep(index));
  scroller.onStepExit(({ index, direction }) => {
    // Scrolling back above the first step. scrollama also sends this when it re-observes a step whose
    // height changed (a late font, a resize), with the last scroll's direction: so measure, don't trust it.
    if (index === 0 && direction === "up") onStep(measureStep(steps));
  });

  // A fling can outrun the observer's callbacks; once scrolling stops, the layout is the truth. It is
  // read after the next frame has laid the page out, so the read is cheap rather than a forced layout.
  const settle = onceAfterNextPaint(() => onStep(measureStep(steps)));
  const supportsScrollEnd = "onscrollend" in window;
  let timer = 0;
  const debounced = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(settle, 150);
  };
  if (supportsScrollEnd) window.addEventListener("scrollend", settle);
  else window.addEventListener("scroll", debounced, { passive: true });

  return {
    resize: () => scroller.resize(),
    destroy() {
      scroller.destroy();
      window.removeEventListener("scrollend", settle);
      window.removeEventListener("scroll", debounced);
    },
  };
}
