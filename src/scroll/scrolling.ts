// How scrolling turns into steps, as one swappable value: the window's own scroll (scrollama, here)
// or, inside an iframe, the virtual viewport a host bridge forwards (src/embed/frame/frameScrolling.ts).
import { createScrollDriver, measureStep, scrollToStep, type ScrollDriver } from "./scroller.ts";

export interface Scrolling {
  /** Emits the step under the reading line as the reader scrolls. */
  createScrollDriver(steps: HTMLElement[], onStep: (index: number) => void): ScrollDriver;
  /** The step under the reading line now, measured from layout. */
  measureStep(steps: HTMLElement[]): number;
  /** Brings step i to just past the reading line. */
  scrollToStep(steps: HTMLElement[], i: number): void;
}

export const windowScrolling: Scrolling = { createScrollDriver, measureStep, scrollToStep };

/**
 * The scroll of an element that scrolls the page in place of the window (a frame its host never sized).
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
    scrollToStep: (steps, i) => scrollToStep(steps, i, scroller),
  };
}
