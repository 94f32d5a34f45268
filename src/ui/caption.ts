// The graphic's title and source line, above and below the sticky map.
import type { CorePayload } from "../model/payload.ts";
import type { StepState } from "../model/state.ts";
import { strings } from "./strings.ts";

/** Pure: the title and source line a step's graphic carries. */
export function captionText(state: StepState, payload: CorePayload): { title: string; source: string } {
  const byId = new Map(payload.sources.map((s) => [s.id, s.short]));
  const names = [...new Set(state.sources.map((id) => byId.get(id) ?? id))];
  const source = `${names.length > 1 ? strings.sourcesLabel : strings.sourceLine}: ${names.join("; ")}.${
    state.map?.lengths ? ` ${strings.lengthsNote}.` : ""
  }`;
  return { title: state.title, source };
}

const parts = (figure: HTMLElement) => ({
  title: figure.querySelector<HTMLElement>(".graphic-title")!,
  source: figure.querySelector<HTMLElement>(".graphic-source")!,
});

export function updateCaption(figure: HTMLElement, state: StepState, payload: CorePayload): void {
  const { title, source } = parts(figure);
  const text = captionText(state, payload);
  title.textContent = text.title;
  source.textContent = text.source;
  figure.dataset.claim = state.claim ?? "";
}

/**
 * Gives the title and source line the height of the longest of them at this width, so that changing
 * step never resizes the graphic between them (a resize re-projects the map and cuts its flight short).
 * Call at start and when the window's width changes. Every step's text is laid out at once in a hidden
 * copy, so it costs one layout, not one per step.
 */
export function reserveCaptionSpace(figure: HTMLElement, states: readonly StepState[], payload: CorePayload): void {
  const { title, source } = parts(figure);
  const texts = states.map((state) => captionText(state, payload));
  title.style.minHeight = source.style.minHeight = "";
  const tallest = (el: HTMLElement, all: string[]): number => {
    const box = document.createElement("div");
    box.setAttribute("aria-hidden", "true");
    Object.assign(box.style, { position: "absolute", visibility: "hidden", left: "0", top: "0", width: `${el.getBoundingClientRect().width}px` });
    for (const text of all) {
      const copy = el.cloneNode(false) as HTMLElement;
      copy.removeAttribute("id");
      copy.textContent = text;
      box.append(copy);
    }
    el.parentElement!.append(box);
    const height = Math.max(...[...box.children].map((copy) => copy.getBoundingClientRect().height));
    box.remove();
    return height;
  };
  const titleHeight = tallest(title, texts.map((t) => t.title));
  const sourceHeight = tallest(source, texts.map((t) => t.source));
  title.style.minHeight = `${Math.ceil(titleHeight)}px`;
  source.style.minHeight = `${Math.ceil(sourceHeight)}px`;
}

export function showNotice(figure: HTMLElement, message: string, retry?: () => void): void {
  const notice = figure.querySelector<HTMLElement>(".graphic-notice")!;
  notice.replaceChildren(document.createTextNode(message));
  if (retry) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = strings.retry;
    button.addEventListener("click", retry, { once: true });
    notice.append(" ", button);
  }
  notice.hidden = false;
}

export function hideNotice(figure: HTMLElement): void {
  figure.querySelector<HTMLElement>(".graphic-notice")!.hidden = true;
}
