// The present-mode screen: one step at a time, large, beside the same live graphic the reading page
// shows (its figure is moved in, so the same scenes keep drawing it), with a bar of controls and a
// black screen for blackout. The reading page stays laid out underneath, hidden, so that the scroll
// driver and the controller keep agreeing (see setupPresent.ts).
import { strings } from "../../ui/strings.ts";
import { modeStrings } from "../modeStrings.ts";
import { fitText } from "./fitText.ts";
import type { Action } from "./keyMap.ts";
import { slideFrom } from "./slideFrom.ts";

export type BarAction = Extract<Action, "prev" | "next" | "list" | "jump" | "blackout" | "fullscreen" | "help">;

export interface DeckOptions {
  root: HTMLElement;
  figure: HTMLElement;
  steps: readonly HTMLElement[];
  storyTitle: string;
  consoleUrl: string;
  onAction: (action: BarAction, button: HTMLButtonElement) => void;
  onConsole: (event: MouseEvent) => void;
}

export interface Deck {
  readonly element: HTMLElement;
  readonly slide: HTMLElement;
  readonly blackoutScreen: HTMLElement;
  show(index: number, exitUrl: string): void;
  fit(): void;
  setBlackout(on: boolean): void;
  setFullscreen(on: boolean): void;
  /** A short message in the bar (e.g. the popup was blocked), with an optional link; null hides it. */
  notice(text: string | null, link?: { href: string; text: string; target: string }): HTMLAnchorElement | null;
}

const BAR: readonly { action: BarAction; text: string; keys: string; label?: string; pressed?: boolean }[] = [
  { action: "prev", text: `← ${modeStrings.present.previous}`, keys: "ArrowLeft ArrowUp PageUp P", label: strings.previousLabel },
  { action: "next", text: `${modeStrings.present.next} →`, keys: "ArrowRight ArrowDown PageDown Space N", label: strings.nextLabel },
  { action: "list", text: modeStrings.present.steps, keys: "O" },
  { action: "jump", text: modeStrings.present.jump, keys: "G" },
  { action: "blackout", text: modeStrings.present.blackout, keys: "B", pressed: false },
  { action: "fullscreen", text: modeStrings.present.fullscreen, keys: "F", pressed: false },
  { action: "help", text: modeStrings.present.keys, keys: "?" },
];

export function createDeck(options: DeckOptions): Deck {
  const { root, figure, steps } = options;
  const deck = document.createElement("section");
  deck.className = "present-deck";
  deck.setAttribute("aria-labelledby", "present-title");
  const title = document.createElement("h1");
  title.id = "present-title";
  title.className = "visually-hidden";
  title.textContent = options.storyTitle;

  const slide = document.createElement("div");
  slide.className = "present-slide";
  slide.tabIndex = -1;
  const graphic = document.createElement("div");
  graphic.className = "present-figure";
  graphic.append(figure);

  const bar = document.createElement("nav");
  bar.className = "present-bar";
  bar.setAttribute("aria-label", modeStrings.present.barLabel);
  const buttons = new Map<BarAction, HTMLButtonElement>();
  const counter = document.createElement("span");
  counter.className = "present-counter";
  for (const item of BAR) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.action = item.action;
    button.textContent = item.text;
    button.setAttribute("aria-keyshortcuts", item.keys);
    if (item.label) button.setAttribute("aria-label", item.label);
    if (item.pressed !== undefined) button.setAttribute("aria-pressed", String(item.pressed));
    button.addEventListener("click", () => {
      if (button.getAttribute("aria-disabled") !== "true") options.onAction(item.action, button);
    });
    buttons.set(item.action, button);
    bar.append(button);
    if (item.action === "prev") bar.append(counter);
  }
  const consoleLink = document.createElement("a");
  consoleLink.className = "present-console";
  consoleLink.href = options.consoleUrl;
  consoleLink.target = "maghreb-story-console";
  consoleLink.textContent = modeStrings.present.console;
  consoleLink.setAttribute("aria-label", modeStrings.present.consoleLabel);
  consoleLink.setAttribute("aria-keyshortcuts", "S");
  consoleLink.addEventListener("click", options.onConsole);
  const exit = document.createElement("a");
  exit.className = "present-exit";
  exit.textContent = modeStrings.present.exit;
  exit.setAttribute("aria-label", modeStrings.present.exitLabel);
  const note = document.createElement("p");
  note.className = "present-notice";
  note.setAttribute("role", "status");
  bar.append(consoleLink, exit, note);

  const blackoutScreen = document.createElement("div");
  blackoutScreen.className = "present-blackout";
  blackoutScreen.hidden = true;
  blackoutScreen.tabIndex = -1;
  const blackText = document.createElement("p");
  blackText.className = "visually-hidden";
  blackText.textContent = modeStrings.present.blackedOut;
  blackoutScreen.append(blackText);

  deck.append(title, slide, graphic, bar, blackoutScreen);
  root.append(deck);

  const size = () => Math.round(Math.max(18, Math.min(46, window.innerWidth * 0.024, window.innerHeight * 0.045)));
  const api: Deck = {
    element: deck,
    slide,
    blackoutScreen,
    show(index, exitUrl) {
      const step = steps[index];
      deck.dataset.step = step.dataset.stepId ?? "";
      slide.dataset.kind = step.dataset.kind ?? "";
      slide.replaceChildren(slideFrom(step));
      counter.textContent = strings.stepCounter(index + 1, steps.length);
      buttons.get("prev")!.setAttribute("aria-disabled", String(index <= 0));
      buttons.get("next")!.setAttribute("aria-disabled", String(index >= steps.length - 1));
      exit.href = exitUrl;
      api.fit();
    },
    fit() {
      fitText(slide, "--slide-size", 16, size());
    },
    setBlackout(on) {
      deck.dataset.blackout = String(on);
      blackoutScreen.hidden = !on;
      buttons.get("blackout")!.setAttribute("aria-pressed", String(on));
    },
    setFullscreen(on) {
      buttons.get("fullscreen")!.setAttribute("aria-pressed", String(on));
    },
    notice(text, link) {
      note.replaceChildren();
      if (text === null) return null;
      note.append(text);
      if (!link) return null;
      const a = document.createElement("a");
      a.href = link.href;
      a.target = link.target;
      a.textContent = link.text;
      note.append(" ", a);
      return a;
    },
  };
  api.setBlackout(false);
  return api;
}
