// The presenter console (?mode=console, in any tab or window; no popup needed). It shows the notes
// for the step the audience sees and its passage, the next step (its picture and its words), what the
// audience sees now (its picture, or black), the elapsed time with pause and a reset that asks
// first, and a pacing hint. It fits a laptop screen (1024x768 and up) without scrolling. The audience
// window is the authority: the console only shows what the audience reports and sends it commands;
// keys pressed here drive the audience.
//
// Reconnection: on load the console says hello and the audience answers with its state; the
// audience also sends its state every second, so either side can reload and both are back in sync
// within about a second. The clock lives in localStorage and survives a reload of the console.
import { withNotes } from "../speakerNotes.ts";
import { strings } from "../../ui/strings.ts";
import { modeStrings } from "../modeStrings.ts";
import type { ModesContext } from "../context.ts";
import { modeUrl } from "../modeFromSearch.ts";
import { createChannel } from "../present/channel.ts";
import { createJumpDialog } from "../present/createJumpDialog.ts";
import { createKeyMapDialog } from "../present/createKeyMapDialog.ts";
import { createStepList } from "../present/createStepList.ts";
import { keyAction, type Action } from "../present/keyMap.ts";
import { keyPressFrom } from "../present/keyPressFrom.ts";
import type { Command, Message } from "../present/message.ts";
import { choose, gone, heard, leaderOf, NO_AUDIENCE, prune, type Audiences } from "./audiences.ts";
import { createConfirm } from "./confirmDialog.ts";
import { TOLERANCE_MS, formatMinutes, pace, wordCount } from "./pacing.ts";
import { enter, NO_STEP, onStep, record, rehearsedPlan, type Rehearsal, type StepClock } from "./stepTime.ts";
import { elapsed, formatDuration, isFresh, isRunning, toggle, start as startTimer, ZERO, type Timer } from "./timer.ts";
import { loadPlannedMinutes, loadRehearsal, loadStepClock, loadTimer, onTimerChange, savePlannedMinutes, saveRehearsal, saveStepClock, saveTimer } from "./timerStore.ts";

/** Without a state for this long, the audience window is taken as gone. */
export const LOST_AFTER_MS = 3000;

type Status = "waiting" | "connected" | "choose" | "lost" | "unsupported";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A section named by its own heading (the heading is returned to be filled in later). */
function section(className: string, id: string, text = "", headingClass = "console-heading"): [HTMLElement, HTMLHeadingElement] {
  const box = el("section", className);
  box.setAttribute("aria-labelledby", id);
  const heading = el("h2", headingClass, text);
  heading.id = id;
  box.append(heading);
  return [box, heading];
}

/** A box that scrolls on its own when its text is long: focusable, so the keyboard can scroll it too. */
function scrollBox(tag: "p" | "div", className: string, label: string): HTMLElement {
  const box = el(tag, className);
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", label);
  return box;
}

function button(text: string, className: string, keys?: string): HTMLButtonElement {
  const b = el("button", className, text);
  b.type = "button";
  if (keys) b.setAttribute("aria-keyshortcuts", keys);
  return b;
}

export function setupConsole({ steps, payload, root }: ModesContext): void {
  const states = withNotes(payload.states);
  const n = states.length;
  const s = modeStrings.console;
  const announcer = root.querySelector<HTMLElement>(".announcer")!;
  const storyTitle = document.querySelector(".masthead h1")?.textContent ?? document.title;
  document.title = s.documentTitle(storyTitle);
  const audienceUrl = modeUrl(location.pathname, "present", null);
  const passages = steps.map((step) => step.querySelector(".passage")?.textContent ?? "");
  const weights = passages.map(wordCount);

  // --- The page
  const consoleEl = el("section", "console");
  consoleEl.setAttribute("aria-labelledby", "console-title");
  const head = el("header", "console-head");
  const h1 = el("h1", "", s.title);
  h1.id = "console-title";
  const status = el("p", "console-status");
  status.setAttribute("role", "status");
  const seen = el("p", "console-seen");
  head.append(h1, status, seen);

  const [now, nowTitle] = section("console-now", "console-now-title");
  const nowStep = el("p", "console-step-title");
  const nowPassage = scrollBox("p", "console-passage", s.passage);
  const notesTitle = el("h3", "console-subheading", s.notes);
  // Long notes scroll inside their own box, so the controls below never leave the screen.
  const notes = scrollBox("div", "console-notes", s.notes);
  now.append(nowStep, nowPassage, notesTitle, notes);

  // The pictures: the next step's and what the audience sees now, each the step's still image
  // (static/<id>.svg, drawn at build time by the same scene code in the step's final state), fitted
  // to its box. An image cannot go blank half-way through a tween, nor grow over the controls.
  const [upcoming, nextTitle] = section("console-upcoming", "console-next-title");
  const preview = el("div", "console-figure");
  const previewImage = el("img", "console-picture");
  previewImage.alt = "";
  preview.append(previewImage);
  const nextMeta = el("p", "console-next-meta");
  const nextPassage = el("p", "console-next-passage");
  upcoming.append(preview, nextMeta, nextPassage);

  const [onScreen] = section("console-mirror", "console-mirror-title", s.onScreen);
  const mirror = el("div", "console-figure console-mirror-figure");
  const mirrorImage = el("img", "console-picture");
  mirrorImage.alt = "";
  const mirrorBlack = el("p", "console-mirror-black", s.blackoutBlack);
  mirror.append(mirrorImage, mirrorBlack);
  onScreen.append(mirror);

  const pictures = el("div", "console-pictures");
  pictures.append(upcoming, onScreen);

  const bar = el("div", "console-bar");
  const controls = el("div", "console-controls");
  controls.setAttribute("role", "group");
  controls.setAttribute("aria-label", s.controls);
  const prev = button(`← ${modeStrings.present.previous}`, "console-prev", "ArrowLeft PageUp P");
  prev.setAttribute("aria-label", strings.previousLabel);
  const next = button(`${modeStrings.present.next} →`, "console-next-button", "ArrowRight PageDown N");
  next.setAttribute("aria-label", strings.nextLabel);
  const black = button(modeStrings.present.blackout, "console-blackout", "B");
  black.setAttribute("aria-pressed", "false");
  const list = button(modeStrings.present.steps, "console-list", "O");
  const go = button(modeStrings.present.jump, "console-jump", "G");
  const keys = button(modeStrings.present.keys, "console-keys", "?");
  controls.append(prev, next, black, list, go, keys);
  const screen = el("p", "console-screen", s.blackoutShown);

  const [time] = section("console-time", "console-time-title", s.time, "visually-hidden");
  const clock = el("p", "console-elapsed", "0:00");
  clock.setAttribute("role", "timer");
  clock.setAttribute("aria-label", s.elapsedLabel);
  const timeControls = el("div", "console-time-controls");
  const toggleButton = button(s.start, "console-timer-toggle", "T");
  const reset = button(s.reset, "console-timer-reset", "Shift+R");
  const plannedLabel = el("label", "console-planned", s.planned);
  const planned = el("input");
  planned.type = "number";
  planned.min = "1";
  planned.max = "600";
  planned.step = "1";
  planned.value = String(loadPlannedMinutes());
  plannedLabel.append(planned);
  const rehearseLabel = el("label", "console-rehearse");
  const rehearse = el("input");
  rehearse.type = "checkbox";
  rehearseLabel.append(rehearse, s.rehearse);
  const forget = button(s.forgetRehearsal, "console-forget");
  timeControls.append(toggleButton, reset, plannedLabel, rehearseLabel, forget);
  // Time on the step on screen, beside the total.
  const stepClock = el("p", "console-step-time", "0:00");
  stepClock.setAttribute("role", "timer");
  stepClock.setAttribute("aria-label", s.stepTimeLabel);
  const paceHint = el("p", "console-pace");
  time.append(clock, stepClock, timeControls, paceHint);
  bar.append(controls, screen, time);

  consoleEl.append(head, now, pictures, bar);
  root.append(consoleEl);

  // The audience windows heard, and which one leads (shown when there are several).
  const chooser = el("fieldset", "console-audiences");
  chooser.hidden = true;
  head.append(chooser);

  // --- State: what the leading audience window last reported, and the clock
  let current: number | null = null;
  let blackout = false;
  let audiences: Audiences = NO_AUDIENCE;
  let state: Status = "waiting";
  let announceNext = false;
  let timer: Timer = loadTimer();
  let onScreenSince: StepClock = loadStepClock();
  const ids = states.map((st) => st.id);
  let rehearsal: Rehearsal = loadRehearsal(ids);

  function renderStatus(next: Status): void {
    if (next === state && status.childNodes.length) return;
    state = next;
    consoleEl.dataset.status = next;
    status.replaceChildren(s.status[next]);
    if (next === "waiting" || next === "lost") {
      const link = el("a", "", s.openAudience);
      link.href = audienceUrl;
      link.target = "_blank";
      status.append(" ", link);
    }
  }

  /** Step i's still image, as the prerendered page links it (so the path works wherever the page is). */
  const stillOf = (i: number) => steps[i].querySelector<HTMLImageElement>("img.static-graphic")?.getAttribute("src") ?? "";
  const showPicture = (image: HTMLImageElement, i: number) => {
    const src = stillOf(i);
    if (image.getAttribute("src") !== src) image.setAttribute("src", src);
    image.alt = states[i].description;
    image.dataset.step = states[i].id;
  };

  function renderNow(): void {
    pictures.hidden = current === null;
    if (current === null) {
      nowTitle.textContent = s.nowWaiting;
      nowStep.textContent = "";
      nowPassage.textContent = "";
      notes.replaceChildren(el("p", "console-no-notes", s.waitingNotes));
      consoleEl.dataset.step = "";
      return;
    }
    const st = states[current];
    consoleEl.dataset.step = st.id;
    nowTitle.textContent = s.now(current + 1, n);
    nowStep.replaceChildren(el("span", `kind kind-${st.kind}`, strings.kinds[st.kind].label), st.title);
    nowPassage.textContent = passages[current];
    notes.replaceChildren(el("p", st.notes ? "" : "console-no-notes", st.notes ?? s.noNotes));
    notes.scrollTop = 0;
    showPicture(mirrorImage, current);
    prev.setAttribute("aria-disabled", String(current <= 0));
    next.setAttribute("aria-disabled", String(current >= n - 1));
    const following = current + 1 < n ? current + 1 : null;
    upcoming.dataset.step = following === null ? "" : states[following].id;
    preview.hidden = following === null;
    if (following === null) {
      nextTitle.textContent = s.end;
      nextMeta.textContent = s.endNote;
      nextPassage.textContent = "";
      return;
    }
    const up = states[following];
    nextTitle.textContent = s.nextHeading(following + 1, n);
    nextMeta.replaceChildren(el("span", `kind kind-${up.kind}`, strings.kinds[up.kind].label), up.title);
    nextPassage.textContent = passages[following];
    showPicture(previewImage, following);
  }

  function renderBlackout(): void {
    consoleEl.dataset.blackout = String(blackout);
    black.setAttribute("aria-pressed", String(blackout));
    screen.textContent = blackout ? s.blackoutBlack : s.blackoutShown;
  }

  let shownClock = "";
  let shownPace = "";
  let shownStep = "";
  function renderClock(): void {
    const t = Date.now();
    const ms = elapsed(timer, t);
    const text = formatDuration(ms);
    if (text !== shownClock) clock.textContent = shownClock = text;
    toggleButton.textContent = isRunning(timer) ? s.pause : isFresh(timer) ? s.start : s.resume;
    toggleButton.setAttribute("aria-pressed", String(isRunning(timer)));
    time.dataset.running = String(isRunning(timer));
    const onThis = formatDuration(current === null ? 0 : onStep(onScreenSince, ms));
    if (onThis !== shownStep) stepClock.textContent = shownStep = onThis;
    // Pacing follows the rehearsal once there is one (and not while recording it), else the words.
    const plan = rehearse.checked ? null : rehearsedPlan(rehearsal, ids);
    paceHint.dataset.plan = plan ? "rehearsal" : "words";
    let hint: string = s.pace.idle;
    let paceStatus = "idle";
    if (!isFresh(timer) && current !== null) {
      const p = plan ? pace(ms, current, plan.weights, plan.plannedMs) : pace(ms, current, weights, (Number(planned.value) || loadPlannedMinutes()) * 60_000);
      paceStatus = p.offBy < TOLERANCE_MS ? "on-time" : p.status;
      hint = paceStatus === "on-time" ? s.pace.onTime : paceStatus === "ahead" ? s.pace.ahead(formatMinutes(p.offBy)) : s.pace.behind(formatMinutes(p.offBy));
    }
    if (plan && paceStatus !== "idle") hint = `${hint} ${s.pace.rehearsal}`;
    if (hint !== shownPace) paceHint.textContent = shownPace = hint;
    paceHint.dataset.pace = paceStatus;
    const pruned = prune(audiences, t, LOST_AFTER_MS);
    if (pruned !== audiences) follow(pruned);
    const leader = leaderOf(audiences);
    const silent = leader ? Math.round((t - leader.lastSeen) / 1000) : 0;
    seen.textContent = silent >= 2 ? s.lastSeen(silent) : "";
  }

  const setTimer = (t: Timer) => {
    timer = t;
    saveTimer(t);
    if (isFresh(t)) {
      onScreenSince = { stepId: onScreenSince.stepId, since: 0 }; // a reset clock restarts the step's time too
      saveStepClock(onScreenSince);
    }
    renderClock();
  };

  function setRehearsal(r: Rehearsal): void {
    rehearsal = r;
    saveRehearsal(r);
    renderRehearsal();
    renderClock(); // the pace follows the rehearsal
  }
  function renderRehearsal(): void {
    const plan = rehearsedPlan(rehearsal, ids);
    forget.hidden = plan === null || rehearse.checked;
    forget.textContent = plan ? s.forgetRehearsalOf(plan.steps, formatDuration(plan.plannedMs)) : s.forgetRehearsal;
    time.dataset.rehearsing = String(rehearse.checked);
  }

  /** Shows what the leading window reports; with several windows, the choice of which one leads. */
  function follow(next: Audiences): void {
    const hadAudience = audiences.windows.length > 0;
    audiences = next;
    const leader = leaderOf(next);
    consoleEl.dataset.audience = leader?.sid ?? "";
    consoleEl.dataset.audiences = String(next.windows.length);
    renderChooser();
    if (!leader) {
      renderStatus(next.windows.length > 1 ? "choose" : hadAudience || state === "lost" ? "lost" : state);
      return;
    }
    renderStatus("connected");
    if (leader.blackout !== blackout) {
      blackout = leader.blackout;
      renderBlackout();
    }
    const i = states.findIndex((st) => st.id === leader.stepId);
    if (i !== current) {
      const moved = current !== null;
      const at = elapsed(timer, Date.now());
      if (rehearse.checked && moved) setRehearsal(record(rehearsal, onScreenSince, at));
      onScreenSince = enter(onScreenSince, leader.stepId, at);
      saveStepClock(onScreenSince);
      current = i;
      renderNow();
      if (moved && isFresh(timer)) setTimer(startTimer(timer, Date.now())); // the talk has begun
      if (announceNext) announcer.textContent = strings.stepAnnouncement(i + 1, n, states[i].title);
      announceNext = false;
    }
  }

  let shownChoice = "";
  function renderChooser(): void {
    const { windows, leader } = audiences;
    const choice = JSON.stringify([leader, windows.map((w) => [w.sid, w.stepId])]);
    if (choice === shownChoice) return;
    shownChoice = choice;
    chooser.hidden = windows.length < 2;
    if (chooser.hidden) return chooser.replaceChildren();
    const focused = (document.activeElement as HTMLInputElement | null)?.value;
    chooser.replaceChildren(el("legend", "", s.audiences(windows.length)));
    for (const w of windows) {
      const label = el("label", "console-audience");
      const radio = el("input");
      radio.type = "radio";
      radio.name = "console-leader";
      radio.value = w.sid;
      radio.checked = w.sid === leader;
      radio.addEventListener("change", () => radio.checked && follow(choose(audiences, w.sid)));
      const i = states.findIndex((st) => st.id === w.stepId);
      label.append(radio, s.audienceWindow(new Date(w.firstSeen).toLocaleTimeString(), i + 1, states[i]?.title ?? w.stepId, w.sid === leader));
      chooser.append(label);
      if (w.sid === focused) radio.focus();
    }
  }

  // --- The link to the audience windows
  const channel = createChannel("console", (message: Message) => {
    if (message.role !== "audience") return;
    if (message.type === "bye") return follow(gone(audiences, message.sid));
    if (message.type !== "state" || !states.some((st) => st.id === message.stepId)) return; // not ours: another version of the story
    follow(heard(audiences, message, Date.now()));
    renderClock(); // the pace depends on the step
  });
  const send = (action: Command, extra: { stepId?: string; blackout?: boolean } = {}) => {
    if (!audiences.leader) return; // no window leads: nothing to drive
    announceNext = action !== "blackout";
    channel?.send({ type: "cmd", to: audiences.leader, action, ...extra });
  };

  // --- Dialogs and actions
  const stepList = createStepList(consoleEl, states.map((st) => st.title), (i) => send("goto", { stepId: states[i].id }));
  const jump = createJumpDialog(consoleEl, states.map((st) => st.id), (i) => send("goto", { stepId: states[i].id }));
  const help = createKeyMapDialog(consoleEl, "console");
  const confirmReset = createConfirm(consoleEl, s.resetTitle, s.resetConfirm, modeStrings.present.cancel);

  async function askReset(): Promise<void> {
    if (isFresh(timer)) return;
    if (await confirmReset.ask(s.resetBody(formatDuration(elapsed(timer, Date.now()))))) setTimer(ZERO);
  }

  function run(action: Action): void {
    switch (action) {
      case "next":
      case "prev":
      case "first":
      case "last":
        return send(action);
      case "blackout":
        return send("blackout", { blackout: !blackout });
      case "list":
        return stepList.open(current ?? 0);
      case "jump":
        return jump.open();
      case "help":
        return help.open();
      case "timerToggle":
        return setTimer(toggle(timer, Date.now()));
      case "timerReset":
        return void askReset();
      default:
        return;
    }
  }

  const click = (b: HTMLButtonElement, action: Action) =>
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") !== "true") run(action);
    });
  click(prev, "prev");
  click(next, "next");
  click(black, "blackout");
  click(list, "list");
  click(go, "jump");
  click(keys, "help");
  click(toggleButton, "timerToggle");
  reset.addEventListener("click", () => void askReset());
  rehearse.addEventListener("change", () => {
    // Stopping a rehearsal records the step on screen up to now.
    if (!rehearse.checked && current !== null) setRehearsal(record(rehearsal, onScreenSince, elapsed(timer, Date.now())));
    if (!rehearse.checked && onScreenSince.stepId !== null) {
      // ...and no more of it: a rehearsal started again on this step counts from here.
      onScreenSince = enter(NO_STEP, onScreenSince.stepId, elapsed(timer, Date.now()));
      saveStepClock(onScreenSince);
    }
    renderRehearsal();
    renderClock();
  });
  forget.addEventListener("click", () => setRehearsal({}));
  planned.addEventListener("change", () => {
    const minutes = Math.round(Number(planned.value));
    if (Number.isFinite(minutes) && minutes >= 1 && minutes <= 600) savePlannedMinutes(minutes);
    renderClock();
  });
  onTimerChange((t) => {
    timer = t;
    renderClock();
  });
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
    const action = keyAction(keyPressFrom(event), "console");
    if (!action) return;
    event.preventDefault();
    run(action);
  });

  renderNow();
  renderBlackout();
  renderRehearsal();
  renderStatus(channel ? "waiting" : "unsupported");
  renderClock();
  window.setInterval(renderClock, 250);
  channel?.send({ type: "hello" });
  window.addEventListener("pagehide", () => channel?.send({ type: "bye" }));
}
