// Previous / next buttons: a way through the story one passage at a time, without precise scrolling.
// A press is a user action, so it moves focus to the passage and announces it once (polite).
import type { Controller } from "../controller.ts";
import { strings } from "./strings.ts";

export interface StepperOptions {
  nav: HTMLElement;
  steps: HTMLElement[];
  controller: Controller;
  titles: readonly string[];
  announcer: HTMLElement;
  /** Brings step i into reading position (the scroll driver's job). */
  scrollTo: (i: number) => void;
}

export function setupStepper({ nav, steps, controller, titles, announcer, scrollTo }: StepperOptions): void {
  const prev = nav.querySelector<HTMLButtonElement>('[data-go="prev"]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-go="next"]')!;
  const count = nav.querySelector<HTMLElement>(".stepper-count-text")!;
  const n = steps.length;

  const go = (delta: number) => {
    const i = Math.max(0, Math.min(n - 1, controller.current + delta));
    if (i === controller.current) return;
    scrollTo(i);
    controller.setStep(i);
    steps[i].focus({ preventScroll: true });
    announcer.textContent = strings.stepAnnouncement(i + 1, n, titles[i]);
  };
  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  const show = (i: number) => {
    count.textContent = strings.stepCounter(i + 1, n);
    prev.disabled = i <= 0;
    next.disabled = i === n - 1;
  };
  show(controller.current);
  controller.subscribe(show);
  for (const step of steps) step.tabIndex = -1; // focusable by script, not a tab stop
  nav.hidden = false;
}
