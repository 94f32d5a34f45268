// The scroll of an element that scrolls the page in place of the window: a frame its host never sized
// (./startFrame.ts). Only frames need it, so it lives in the frame's chunk, not the page's.
import { distanceToStep, measureStep } from "../../scroll/scroller.ts";
import type { Scrolling } from "../../scroll/scrolling.ts";

/**
 * No scrollama: in a cross-origin frame IntersectionObserver ignores its rootMargin, so the step is
 * measured from layout once per scrolled frame (stepAt reads a few passages' tops).
 */
export function elementScrolling(scroller: HTMLElement): Scrolling {
  return {
    createScrollDriver(steps, onStep) {
      let frame = 0;
      const onScroll = () => {
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          onStep(measureStep(steps));
        });
      };
      scroller.addEventListener("scroll", onScroll, { passive: true });
      return {
        resize: onScroll,
        destroy: () => {
          scroller.removeEventListener("scroll", onScroll);
          cancelAnimationFrame(frame);
        },
      };
    },
    measureStep,
    scrollToStep: (steps, i) => scroller.scrollTo({ top: Math.max(0, scroller.scrollTop + distanceToStep(steps, i)), behavior: "instant" }),
  };
}
