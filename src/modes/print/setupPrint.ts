// The handout: every step's graphic in its final state beside its text, with its sources. On screen
// with ?print (?print&notes adds the speaker notes); on paper whenever the page is printed, in any
// mode. The graphics are the static SVGs the build draws with the same scene code
// (src/build/staticImages.ts writes static/<step-id>.svg), shown as images.
import { nextIdle } from "../../schedule/steps.ts";
import { stillImage } from "../../ui/stillImage.ts";
import type { ModesContext } from "../context.ts";
import type { Mode } from "../modeFromSearch.ts";

/** The class on <html> that lays the page out as the handout. */
export const HANDOUT = "handout";
/** With HANDOUT, ?print=slides: one landscape page per step, passage beside picture, as projected. */
export const SLIDES = "slides";

export function setupPrint(context: ModesContext, mode: Mode): void {
  const { controller, steps, payload, scrollTo } = context;
  const onScreen = mode.name === "print";
  const html = document.documentElement;
  const images: HTMLImageElement[] = [];
  // The figures: at once for the handout on screen; otherwise in idle time (a reader who never prints
  // should not pay for 29 of them in the start-up task), or at the latest when a print begins.
  const addFigures = () => {
    if (images.length) return;
    // On paper a link is only as good as the address printed beside it (print.css shows it).
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      if (!a.getAttribute("href")!.startsWith("#")) a.dataset.printHref = a.href;
    }
    steps.forEach((step, i) => {
      const state = payload.states[i];
      const card = step.querySelector<HTMLElement>(".step-card");
      if (!state || !card) return;
      const figure = document.createElement("div");
      figure.className = "print-figure";
      // Read only for the handout: a reader who never prints never downloads them.
      const img = stillImage(state, "print-graphic", onScreen);
      figure.append(img);
      card.prepend(figure);
      images.push(img);
    });
  };
  if (onScreen) {
    addFigures();
    html.classList.add(HANDOUT);
    if (mode.slides) html.classList.add(SLIDES);
    // Its toolbar and the speaker notes come in a module of their own: the reading page never needs them.
    void import("./setupHandout.ts").then((m) => m.setupHandout(context, mode));
    return;
  }
  void nextIdle().then(addFigures);

  // Printing from reading, present or console mode: the handout layout for as long as the print lasts,
  // then back to the same step (the layout change moves the page under the scroll driver).
  let saved: number | null = null;
  const before = () => {
    if (saved !== null) return;
    saved = controller.current;
    addFigures();
    for (const img of images) img.loading = "eager";
    html.classList.add(HANDOUT);
  };
  const after = () => {
    if (saved === null) return;
    const index = saved;
    saved = null;
    html.classList.remove(HANDOUT);
    if (index >= 0) {
      scrollTo(index);
      controller.setStep(index, { animate: false });
    }
  };
  // beforeprint and afterprint only: a change listener on matchMedia("print") would do as well, but
  // merely having one alters when Chromium delivers the scroll driver's intersection callbacks
  // (tests/e2e/scroll.spec.ts then sees a stray step).
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
}
