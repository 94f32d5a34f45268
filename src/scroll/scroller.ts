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

/** How far to scroll down, from here, for step i to sit just past the reading line. */
export const distanceToStep = (steps: HTMLElement[], i: number): number => steps[i].getBoundingClientRect().top - window.innerHeight * OFFSET + 2;

/** Scrolls, without animation, so that step i sits just past the reading line. */
export function scrollToStep(steps: HTMLElement[], i: number): void {
  window.scrollTo({ top: Math.max(0, window.scrollY + distanceToStep(steps, i)), behavior: "instant" });
}

/**
 * scrollama watches each step's height with a ResizeObserver, and when a height changes (a web font in, a
 * new width) it makes a new observer for that step inside the old one's callback. Chromium cannot deliver
 * a new observer's first notice in that same round, and reports "ResizeObserver loop completed with
 * undelivered notifications" as a window error event: once a load, dozens in a session of resizes. So
 * the observers scrollama makes (while `scrollama.ts` calls run here) hand their notices to it in the next
 * animation frame, outside the observers' round, where a new observer is an ordinary one.
 */
class FrameResizeObserver implements ResizeObserver {
  private readonly inner: ResizeObserver;
  constructor(callback: ResizeObserverCallback) {
    this.inner = new NativeResizeObserver((entries) => requestAnimationFrame(() => withFrameObservers(() => callback(entries, this))));
  }
  observe(target: Element, options?: ResizeObserverOptions) {
    this.inner.observe(target, options);
  }
  unobserve(target: Element) {
    this.inner.unobserve(target);
  }
  disconnect() {
    this.inner.disconnect();
  }
}
const NativeResizeObserver = globalThis.ResizeObserver;

/** Runs scrollama code with FrameResizeObserver as the ResizeObserver it makes (it reads the global). */
function withFrameObservers<T>(run: () => T): T {
  if (!NativeResizeObserver) return run();
  globalThis.ResizeObserver = FrameResizeObserver;
  try {
    return run();
  } finally {
    globalThis.ResizeObserver = NativeResizeObserver;
  }
}

export function createScrollDriver(steps: HTMLElement[], onStep: (index: number) => void): ScrollDriver {
  const scroller = withFrameObservers(() => scrollama().setup({ step: steps, offset: OFFSET }));
  scroller.onStepEnter(({ index }) => onStep(index));
  scroller.onStepExit(({ index, direction }) => {
    // Scrolling back above the first step. scrollama also sends this when it re-observes a step whose
    // height changed (a late font, a resize), with the last scroll's direction: so measure, don't trust it.
    if (index === 0 && direction === "up") onStep(measureStep(steps));
  });

  // A fling can outrun the observer's callbacks; once scrolling stops, the layout is the truth.
  // `scrollend` comes in a frame's event dispatch, so the read there is on the layout that frame draws
  // (at most 5 passages' tops: stepAt). Waiting for the frame after instead cost a frame request, a
  // timer and a message at every scroll's end. Without `scrollend`, a timer guesses the end; a timer's
  // task may hold pending writes, so that read waits for the next frame.
  const settle = () => onStep(measureStep(steps));
  const settleAfterPaint = onceAfterNextPaint(settle);
  const supportsScrollEnd = "onscrollend" in window;
  let timer = 0;
  const debounced = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(settleAfterPaint, 150);
  };
  if (supportsScrollEnd) window.addEventListener("scrollend", settle);
  else window.addEventListener("scroll", debounced, { passive: true });

  return {
    resize: () => withFrameObservers(() => scroller.resize()),
    destroy() {
      scroller.destroy();
      window.removeEventListener("scrollend", settle);
      window.removeEventListener("scroll", debounced);
    },
  };
}
