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

