// The key map of present mode and the presenter console. Pure: a key press, described by the
// DOM-free KeyPress below, to an action or null. Single-character keys exist only in these modes
// (WCAG 2.1.4); reading mode has no key handler at all.
//
// Rules: event.key, never keyCode; nothing while a modifier other than Shift is held (browser and
// screen-reader shortcuts); nothing while typing in a field; Space and Enter stay with a focused
// button or link; a held key (auto-repeat) moves once, not many times.

export type Action =
  | "next"
  | "prev"
  | "first"
  | "last"
  | "blackout"
  | "fullscreen"
  | "start"
  | "stop"
  | "list"
  | "jump"
  | "console"
  | "help"
  | "timerToggle"
  | "timerReset";

export type KeyMode = "present" | "console";

/** What the focused element is, for key handling: a text field, a button or link, or anything else. */
export type KeyTarget = "field" | "control" | "other";

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  readonly target: KeyTarget;
}

export interface Binding {
  readonly action: Action;
  /** event.key values; letters in lower case (a press of Shift or Caps Lock gives the same action). */
  readonly keys: readonly string[];
  /** The keys as the help dialog shows them. */
  readonly shown: readonly string[];
  readonly modes: readonly KeyMode[];
}

const BOTH: readonly KeyMode[] = ["present", "console"];

/** Every binding, in the order the help dialog lists them. */
export const BINDINGS: readonly Binding[] = [
  { action: "next", keys: ["ArrowRight", "ArrowDown", " ", "PageDown", "n"], shown: ["→", "↓", "Space", "Page Down", "N"], modes: BOTH },
  { action: "prev", keys: ["ArrowLeft", "ArrowUp", "Shift+ ", "PageUp", "p"], shown: ["←", "↑", "Shift+Space", "Page Up", "P"], modes: BOTH },
  { action: "first", keys: ["Home"], shown: ["Home"], modes: BOTH },
  { action: "last", keys: ["End"], shown: ["End"], modes: BOTH },
  { action: "blackout", keys: ["b", ".", "v"], shown: ["B", ".", "V"], modes: BOTH },
  { action: "jump", keys: ["g"], shown: ["G"], modes: BOTH },
  { action: "list", keys: ["o"], shown: ["O"], modes: BOTH },
  { action: "fullscreen", keys: ["f"], shown: ["F"], modes: ["present"] },
  { action: "start", keys: ["F5"], shown: ["F5"], modes: ["present"] },
  { action: "console", keys: ["s"], shown: ["S"], modes: ["present"] },
  { action: "timerToggle", keys: ["t"], shown: ["T"], modes: ["console"] },
  { action: "timerReset", keys: ["Shift+r"], shown: ["Shift+R"], modes: ["console"] },
  { action: "help", keys: ["?", "F1"], shown: ["?", "F1"], modes: BOTH },
  { action: "stop", keys: ["Escape"], shown: ["Esc"], modes: BOTH },
];

/** Keys a focused button or link uses itself. */
const CONTROL_KEYS = new Set([" ", "Enter"]);

/** "Shift+" is part of a binding only where Shift changes the action (Shift+Space, Shift+R). */
function names(press: KeyPress): string[] {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return press.shiftKey ? [`Shift+${key}`, key] : [key];
}

export function keyAction(press: KeyPress, mode: KeyMode): Action | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.target === "field") return null;
  if (press.target === "control" && CONTROL_KEYS.has(press.key)) return null;
  if (press.repeat) return null;
  for (const name of names(press)) {
    const binding = BINDINGS.find((b) => b.modes.includes(mode) && b.keys.includes(name));
    if (binding) return binding.action;
  }
  return null;
}
