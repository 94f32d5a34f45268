// The handout on screen (?print): its toolbar, and with ?print&notes the speaker notes under each step.
// A module of its own, loaded by setupPrint only in that mode: printing from the reading page needs neither.
import { modeStrings } from "../modeStrings.ts";
import type { ModesContext } from "../context.ts";
import { modeUrl, type Mode } from "../modeFromSearch.ts";

export function setupHandout({ controller, steps, payload }: ModesContext, mode: Mode): void {
  const bar = toolbar(mode);
  document.body.prepend(bar.element);
  controller.subscribe((i) => bar.update(payload.states[i]?.id ?? null));
  // Speaker notes come in their own module (src/modes/speakerNotes.ts), only for ?print&notes.
  if (!mode.notes || mode.slides) return;
  void import("../speakerNotes.ts").then(({ withNotes }) => {
    withNotes(payload.states).forEach((state, i) => {
      const card = steps[i]?.querySelector<HTMLElement>(".step-card");
      if (!card || !state.notes) return;
      const aside = document.createElement("aside");
      aside.className = "print-notes";
      aside.setAttribute("aria-label", modeStrings.print.notes);
      const label = document.createElement("p");
      label.className = "print-notes-label";
      label.textContent = modeStrings.print.notes;
      const text = document.createElement("p");
      text.textContent = state.notes;
      aside.append(label, text);
      card.append(aside);
    });
  });
}

function toolbar(mode: Mode): { element: HTMLElement; update(stepId: string | null): void } {
  const nav = document.createElement("nav");
  nav.className = "print-bar";
  nav.setAttribute("aria-label", modeStrings.print.toolbar);
  const intro = document.createElement("p");
  intro.textContent = mode.slides ? modeStrings.print.slidesIntro : modeStrings.print.intro;
  const print = document.createElement("button");
  print.type = "button";
  print.textContent = modeStrings.print.print;
  print.addEventListener("click", () => window.print());
  const notes = document.createElement("a");
  notes.href = mode.slides ? modeUrl(location.pathname, "print", null) : modeUrl(location.pathname, "print", null, mode.notes ? [] : ["notes"]);
  notes.textContent = mode.slides ? modeStrings.print.handout : mode.notes ? modeStrings.print.withoutNotes : modeStrings.print.withNotes;
  const back = document.createElement("a");
  back.textContent = modeStrings.print.back;
  nav.append(intro, print, notes, back);
  const update = (stepId: string | null) => {
    back.href = modeUrl(location.pathname, "reading", stepId);
  };
  update(null);
  return { element: nav, update };
}
