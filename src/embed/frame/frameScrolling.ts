// The Scrolling of a piece inside an auto-height iframe (src/scroll/scrolling.ts): there is no scroll
// of its own to watch, so the step and the graphic's place follow the host's viewport, whenever a
// bridge (ours, pym's, or the frame's own measurement) reports it. No scrollama, no sticky.
import type { Scrolling } from "../../scroll/scrolling.ts";
import { OFFSET } from "../../scroll/scroller.ts";
import { activeStep, pinOffset, virtualViewport, type HostView, type VirtualViewport } from "../virtualViewport.ts";

export interface FrameScrolling extends Scrolling {
  /** A new report of where the host shows the frame. */
  update(view: HostView): void;
}

const docTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;

export function createFrameScrolling(story: HTMLElement, stage: HTMLElement): FrameScrolling {
  let viewport: VirtualViewport | null = null;
  let onStep: ((i: number) => void) | null = null;
  let stepsOf: HTMLElement[] = [];
  let viewHeight = 0;
  const measure = (steps: HTMLElement[]) => (viewport ? activeStep(steps.map(docTop), viewport) : 0);

  return {
    update(view) {
      viewport = virtualViewport(view, OFFSET);
      // Passages are spaced by the host's screen height, as on our own page (svh there); only its layout
      // viewport counts, so a pinch zoom moves nothing.
      if (Math.abs(viewport.viewHeight - viewHeight) > 1) {
        viewHeight = viewport.viewHeight;
        document.documentElement.style.setProperty("--frame-vh", `${Math.round(viewHeight)}px`);
      }
      document.documentElement.style.setProperty("--top", `${Math.round(view.inset)}px`);
      const pin = pinOffset({ top: viewport.top }, { top: docTop(story), height: story.offsetHeight }, stage.offsetHeight);
      stage.style.setProperty("--pin", `${Math.round(pin)}px`);
      onStep?.(measure(stepsOf));
    },
    createScrollDriver(steps, listener) {
      stepsOf = steps;
      onStep = listener;
      return {
        resize: () => onStep?.(measure(stepsOf)),
        destroy: () => {
          onStep = null;
        },
      };
    },
    measureStep: measure,
    // The piece never scrolls someone else's page: a frame's re-layout must not yank the host's reader.
    scrollToStep() {},
  };
}
