// Present mode (?mode=present): the audience window. One step per screen, driven by keys, the bar,
// a clicker or the presenter console; always through controller.setStep, the one place the active
// step changes. Each move also scrolls the (hidden) reading page to that step, exactly as the Next
// button of the reading page does, so the scroll driver sees the same step and never pulls back;
// #step= follows (main.ts writes it), so a reload returns to the same step.
//
// This window is the authority for the presenter console: it answers a console's hello with its
// state, sends its state on every change and once a second, and runs the console's commands.
import { strings } from "../../ui/strings.ts";
import { modeStrings } from "../modeStrings.ts";
import type { ModesContext } from "../context.ts";
import { modeUrl } from "../modeFromSearch.ts";
import { loadBlackout, saveBlackout } from "./blackoutStore.ts";
import { createChannel } from "./channel.ts";
import { createDeck, type BarAction } from "./createDeck.ts";
import { createJumpDialog } from "./createJumpDialog.ts";
import { createKeyMapDialog } from "./createKeyMapDialog.ts";
import { createStepList } from "./createStepList.ts";
import { isFullscreen, setFullscreen } from "./fullscreen.ts";
import { keyAction, type Action } from "./keyMap.ts";
import { keyPressFrom } from "./keyPressFrom.ts";
import type { Message } from "./message.ts";
import { CONSOLE_WINDOW, openConsole } from "./openConsole.ts";

/**
 * How a move came about: a key (focus to the slide), a bar button (focus stays), a dialog (which
 * hands the focus to the slide as it closes), or the console (no focus move, no announcement).
 */
type Source = "key" | "button" | "dialog" | "remote";

export const HEARTBEAT_MS = 1000;

export function setupPresent({ controller, steps, payload, root, scrollTo }: ModesContext): void {
  const { states } = payload;
  const n = states.length;
  const announcer = root.querySelector<HTMLElement>(".announcer")!;
  const path = location.pathname;
  const consoleUrl = modeUrl(path, "console", null);
  let blackout = false;

  const deck = createDeck({
    root,
    figure: root.querySelector<HTMLElement>(".graphic")!,
    steps,
    storyTitle: document.querySelector(".masthead h1")?.textContent ?? document.title,
    consoleUrl,
    onAction: (action: BarAction) => run(action, "button"),
    onConsole: (event) => {
      // The link works on its own; the script only brings an open console forward instead.
      if (openConsole(consoleUrl)) event.preventDefault();
    },
  });
  // A reload keeps a black screen black, before the slide is ever drawn.
  if (loadBlackout()) {
    blackout = true;
    deck.setBlackout(true);
  }
  const pick = (i: number) => {
    go(i, "dialog");
    return deck.slide;
  };
  const shareUrls = steps.map((step) => step.querySelector<HTMLElement>("[data-share-url]")?.dataset.shareUrl);
  const stepList = createStepList(deck.element, states.map((s) => s.title), pick, shareUrls);
  const jump = createJumpDialog(deck.element, states.map((s) => s.id), pick);
  const help = createKeyMapDialog(deck.element, "present");

  const announce = (text: string) => {
    announcer.textContent = text;
  };

  function go(index: number, source: Source): void {
    if (blackout) return; // a black screen holds its step: show it again first (B)
    const to = Math.max(0, Math.min(n - 1, index));
    if (to === controller.current) return;
    scrollTo(to);
    controller.setStep(to);
    if (source === "remote") return; // not this window's user: no focus move, no announcement
    if (source === "key" || (source === "button" && document.activeElement?.getAttribute("aria-disabled") === "true")) {
      deck.slide.focus({ preventScroll: true });
    }
    announce(strings.stepAnnouncement(to + 1, n, states[to].title));
  }

  function setBlackout(on: boolean, source: Source): void {
    if (on === blackout) return;
    blackout = on;
    saveBlackout(on);
    deck.setBlackout(on);
    sendState();
    if (source === "remote") return;
    if (on) deck.blackoutScreen.focus({ preventScroll: true });
    else if (document.activeElement === deck.blackoutScreen) deck.slide.focus({ preventScroll: true });
    announce(on ? modeStrings.present.blackoutOn : modeStrings.present.blackoutOff);
  }

  function run(action: Action, source: Source): void {
    const current = controller.current;
    if (blackout && (action === "list" || action === "jump")) return; // a black screen holds its step
    switch (action) {
      case "next":
        return go(current + 1, source);
      case "prev":
        return go(current - 1, source);
      case "first":
        return go(0, source);
      case "last":
        return go(n - 1, source);
      case "blackout":
        return setBlackout(!blackout, source);
      case "fullscreen":
        return setFullscreen(!isFullscreen());
      case "start":
        return setFullscreen(true);
      case "stop":
        deck.notice(null);
        return setFullscreen(false);
      case "list":
        return stepList.open(current);
      case "jump":
        return jump.open();
      case "help":
        return help.open();
      case "console": {
        if (openConsole(consoleUrl)) return;
        deck.notice(modeStrings.present.popupBlocked, { href: consoleUrl, text: modeStrings.present.popupLink, target: CONSOLE_WINDOW })?.focus();
        return;
      }
      default:
        return; // timer keys belong to the console
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
    const action = keyAction(keyPressFrom(event), "present");
    if (!action) return;
    event.preventDefault(); // F5 must not reload, F1 not open help, Space not scroll
    run(action, "key");
  });
  deck.blackoutScreen.addEventListener("click", () => setBlackout(false, "button"));
  document.addEventListener("fullscreenchange", () => deck.setFullscreen(isFullscreen()));
  window.addEventListener("resize", () => deck.fit());

  // The console link.
  const channel = createChannel("audience", (message: Message) => {
    if (message.type === "hello" && message.role === "console") sendState();
    // Only commands addressed to this window: a console lets one audience window lead at a time.
    if (message.type !== "cmd" || !channel || message.to !== channel.sid) return;
    if (message.action === "goto") {
      const i = states.findIndex((s) => s.id === message.stepId);
      if (i >= 0) go(i, "remote");
    } else if (message.action === "blackout") setBlackout(message.blackout ?? !blackout, "remote");
    else run(message.action, "remote");
  });
  function sendState(): void {
    const state = states[controller.current];
    if (channel && state) channel.send({ type: "state", stepId: state.id, blackout });
  }

  const show = (i: number) => {
    if (i < 0) return;
    deck.show(i, modeUrl(path, "reading", states[i].id));
    sendState();
  };
  controller.subscribe(show);
  if (controller.current < 0) controller.setStep(0, { animate: false });
  else show(controller.current);
  channel?.send({ type: "hello" });
  window.setInterval(sendState, HEARTBEAT_MS);
  window.addEventListener("pagehide", () => channel?.send({ type: "bye" }));
}
