// A Scrolling that can hand over to another while the piece runs: a framed piece whose host never
// sizes its frame becomes a page that scrolls itself (src/embed/frame/startFrame.ts).
import type { ScrollDriver } from "./scroller.ts";
import type { Scrolling } from "./scrolling.ts";

export interface SwitchableScrolling extends Scrolling {
  /** From now on, `next` picks the steps; the step under its reading line is chosen at once. */
  switchTo(next: Scrolling): void;
}

export function switchableScrolling(first: Scrolling): SwitchableScrolling {
  let current = first;
  let wired: { steps: HTMLElement[]; onStep: (index: number) => void; driver: ScrollDriver } | null = null;
  return {
    createScrollDriver(steps, onStep) {
      const driver = current.createScrollDriver(steps, onStep);
      wired = { steps, onStep, driver };
      return { resize: () => wired?.driver.resize(), destroy: () => (wired?.driver.destroy(), (wired = null)) };
    },
    measureStep: (steps) => current.measureStep(steps),
    scrollToStep: (steps, i) => current.scrollToStep(steps, i),
    switchTo(next) {
      current = next;
      if (!wired) return;
      wired.driver.destroy();
      wired.driver = next.createScrollDriver(wired.steps, wired.onStep);
      wired.onStep(next.measureStep(wired.steps));
    },
  };
}
