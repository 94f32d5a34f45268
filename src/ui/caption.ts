// The graphic's title and source line, above and below the sticky map.
import type { CorePayload } from "../model/payload.ts";
import type { SceneName, StepState } from "../model/state.ts";
import { whenIdle, type Steps } from "../schedule/steps.ts";
import { strings } from "./strings.ts";

/** Pure: the title and source line a step's graphic carries, and whose claim the title is ("article": only the article says so). */
export function captionText(state: StepState, payload: CorePayload): { title: string; source: string; claim: string } {
  const byId = shortNames(payload);
  const names = [...new Set(state.sources.map((id) => byId.get(id) ?? id))];
  const source = `${names.length > 1 ? strings.sourcesLabel : strings.sourceLine}: ${names.join("; ")}.${
    state.map?.lengths ? ` ${strings.lengthsNote}.` : ""
  }`;
  return { title: state.title, source, claim: state.claim ?? "" };
}

const shortNamesOf = new WeakMap<CorePayload, Map<string, string>>();
/** The sources' short names by id, made once per payload (every step's caption looks them up). */
function shortNames(payload: CorePayload): Map<string, string> {
  let byId = shortNamesOf.get(payload);
  if (!byId) shortNamesOf.set(payload, (byId = new Map(payload.sources.map((s) => [s.id, s.short]))));
  return byId;
}

/** The two caption boxes, and the line inside each that holds its text: found once per figure, not at every step. */
const partsOf = new WeakMap<HTMLElement, { title: HTMLElement; source: HTMLElement; titleLine: HTMLElement; sourceLine: HTMLElement }>();
function parts(figure: HTMLElement) {
  let found = partsOf.get(figure);
  if (!found) {
    const title = figure.querySelector<HTMLElement>(".graphic-title")!;
    const source = figure.querySelector<HTMLElement>(".graphic-source")!;
    const line = (box: HTMLElement) => box.querySelector<HTMLElement>(":scope > .caption-line")!;
    found = { title, source, titleLine: line(title), sourceLine: line(source) };
    partsOf.set(figure, found);
  }
  return found;
}

/** Per figure, the steps whose source line is taller than its ceiling, so scrolls: found when the space is reserved. */
const scrollingSources = new WeakMap<HTMLElement, ReadonlySet<string>>();

export function updateCaption(figure: HTMLElement, state: StepState, payload: CorePayload): void {
  const { titleLine, sourceLine } = parts(figure);
  const text = captionText(state, payload);
  writeLine(titleLine, text.title, text.claim);
  writeLine(sourceLine, text.source);
  scrollable(sourceLine, scrollingSources.get(figure)?.has(state.id) ?? false);
}

/** A box whose text scrolls can be focused, so a keyboard reader can scroll it too. */
function scrollable(line: HTMLElement, on: boolean): void {
  if (on) line.tabIndex = 0;
  else line.removeAttribute("tabindex");
}

/** Steps measured per piece: one small layout of hidden copies each. */
const STEPS_PER_PIECE = 6;
const latest = new WeakMap<HTMLElement, object>();

/**
 * Gives the title and source line the height of the longest of them at this width, so that changing
 * step never resizes the graphic between them (a resize re-projects the map and cuts its flight short).
 * Call at start and when the window's width changes, on a clean layout (after a frame). The lines are
 * set for a few steps at a time in hidden copies and measured in idle periods (all 29 at once would be
 * one long task); the page's own boxes are written once, at the end. A newer call makes an older stop.
 * Once written, `data-captions-reserved` lets the CSS lay each line's text out on its own (main.css);
 * while a new width is measured, the text is back in the flow, so a line that now wraps further still fits.
 */
export function reserveCaptionSpace(figure: HTMLElement, states: readonly StepState[], payload: CorePayload): Promise<void> {
  const token = {};
  latest.set(figure, token);
  const { title, source } = parts(figure);
  const lines = [title, source];
  const widths = lines.map((el) => el.getBoundingClientRect().width); // read before the write below: no forced layout
  if (widths.includes(0)) return Promise.resolve(); // not shown (the stacked layout): measured once it is
  // A line may have a ceiling (main.css: the source line in the narrow band): past it, its text scrolls.
  const ceilings = lines.map((el) => Number.parseFloat(getComputedStyle(el).maxHeight) || Infinity);
  delete figure.dataset.captionsReserved;
  const texts = states.map((state) => captionText(state, payload));
  const tallest = [0, 0];
  const sourceHeights: number[] = [];
  function* pieces(): Steps<void> {
    for (let i = 0; i < texts.length; i += STEPS_PER_PIECE) {
      if (latest.get(figure) !== token) return;
      const chunk = texts.slice(i, i + STEPS_PER_PIECE);
      const boxes = lines.map((el, j) => hiddenCopies(el, widths[j], chunk.map((t) => (j === 0 ? { text: t.title, claim: t.claim } : { text: t.source, claim: "" }))));
      boxes.forEach((box, j) => lines[j].parentElement!.append(box));
      const heights = boxes.map((box) => [...box.children].map((copy) => copy.getBoundingClientRect().height));
      heights.forEach((hs, j) => (tallest[j] = Math.max(tallest[j], ...hs)));
      sourceHeights.push(...heights[1]);
      for (const box of boxes) box.remove();
      yield;
    }
    if (latest.get(figure) !== token) return;
    lines.forEach((el, j) => (el.style.minHeight = `${Math.ceil(Math.min(tallest[j], ceilings[j]))}px`));
    const scrolling = new Set(states.filter((_, i) => sourceHeights[i] > ceilings[1] + 0.5).map((s) => s.id));
    scrollingSources.set(figure, scrolling);
    const { sourceLine } = parts(figure);
    scrollable(sourceLine, scrolling.has(figure.closest<HTMLElement>("#story")?.dataset.step ?? ""));
    figure.dataset.captionsReserved = "";
  }
  return whenIdle(pieces());
}

/** Sets a caption line's text, and its claim: main.css marks the article's own claims with an asterisk. */
function writeLine(line: HTMLElement, text: string, claim = ""): void {
  line.textContent = text;
  line.dataset.claim = claim;
}

/** A hidden box of `width` holding one copy of the caption box `el` per text, each with its line as the page sets it. */
function hiddenCopies(el: HTMLElement, width: number, texts: readonly { text: string; claim: string }[]): HTMLElement {
  const box = document.createElement("div");
  box.setAttribute("aria-hidden", "true");
  Object.assign(box.style, { position: "absolute", visibility: "hidden", left: "0", top: "0", width: `${width}px`, contain: "layout" });
  for (const { text, claim } of texts) {
    const copy = el.cloneNode(false) as HTMLElement;
    copy.removeAttribute("id");
    copy.style.minHeight = ""; // the line's reserved height, copied with its style, must not count
    copy.style.maxHeight = "none"; // nor its ceiling: the text's own height is what is measured
    const line = document.createElement("span");
    line.className = "caption-line";
    writeLine(line, text, claim); // as the page sets it: an asterisk can take a line of its own
    copy.append(line);
    box.append(copy);
  }
  return box;
}

/** Whose notice: the map's, or the later chunk's scenes' (the diagram, the charts, the timeline). */
export type NoticeOwner = "map" | "later";

/**
 * The graphic's notices, one per owner: only the notice of the scene on screen shows (the map's failure is
 * not the diagram's), and it comes back with its scene.
 */
export function sceneNotices(figure: HTMLElement) {
  type Notice = { message: string; retry?: () => void };
  const notices = new Map<NoticeOwner, Notice>();
  let owner: NoticeOwner | null = null;
  let shown: Notice | null = null;
  const draw = () => {
    const notice = (owner && notices.get(owner)) ?? null;
    if (notice === shown) return; // a step change within the scene writes nothing
    shown = notice;
    if (notice) showNotice(figure, notice.message, notice.retry);
    else hideNotice(figure);
  };
  return {
    /** Says `message` (with a "Try again" button that calls `retry`) whenever a scene of `of` is on screen. */
    set(of: NoticeOwner, message: string, retry?: () => void) {
      notices.set(of, { message, retry });
      draw();
    },
    clear(of: NoticeOwner) {
      notices.delete(of);
      draw();
    },
    /** The scene now on screen. */
    show(scene: SceneName) {
      owner = scene === "map" ? "map" : "later";
      draw();
    },
  };
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
