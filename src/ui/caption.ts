// The graphic's title and source line, above and below the sticky map.
import type { CorePayload } from "../model/payload.ts";
import type { StepState } from "../model/state.ts";
import { strings } from "./strings.ts";

export function updateCaption(figure: HTMLElement, state: StepState, payload: CorePayload): void {
  const title = figure.querySelector<HTMLElement>(".graphic-title")!;
  const source = figure.querySelector<HTMLElement>(".graphic-source")!;
  const byId = new Map(payload.sources.map((s) => [s.id, s.short]));
  title.textContent = state.title;
  const names = [...new Set(state.sources.map((id) => byId.get(id) ?? id))];
  source.textContent = `${names.length > 1 ? strings.sourcesLabel : strings.sourceLine}: ${names.join("; ")}.${
    state.map?.lengths ? ` ${strings.lengthsNote}.` : ""
  }`;
  figure.dataset.claim = state.claim ?? "";
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
