// The console's clock, time on the step, rehearsal and planned length, kept in localStorage so that they survive a reload of the
// console (and are shared by two console tabs). Storage can be blocked: the clock then lives in memory.
import { parseRehearsal, parseStepClock, type Rehearsal, type StepClock } from "./stepTime.ts";
import { parseTimer, type Timer } from "./timer.ts";

const key = (name: string) => `maghreb-story:console:${name}:${location.pathname}`;

function read(name: string): string | null {
  try {
    return localStorage.getItem(key(name));
  } catch {
    return null;
  }
}

function write(name: string, value: string): void {
  try {
    localStorage.setItem(key(name), value);
  } catch {
    /* the value still holds for this page */
  }
}

export const loadTimer = (): Timer => parseTimer(read("timer"));
export const saveTimer = (t: Timer): void => write("timer", JSON.stringify(t));

export const loadStepClock = (): StepClock => parseStepClock(read("step"));
export const saveStepClock = (c: StepClock): void => write("step", JSON.stringify(c));
export const loadRehearsal = (ids: readonly string[]): Rehearsal => parseRehearsal(read("rehearsal"), ids);
export const saveRehearsal = (r: Rehearsal): void => write("rehearsal", JSON.stringify(r));

export const DEFAULT_MINUTES = 20;
export function loadPlannedMinutes(): number {
  const n = Number(read("planned"));
  return Number.isFinite(n) && n >= 1 && n <= 600 ? n : DEFAULT_MINUTES;
}
export const savePlannedMinutes = (minutes: number): void => write("planned", String(minutes));

/** Calls back when another tab of the same origin changes the stored clock. */
export function onTimerChange(callback: (t: Timer) => void): void {
  window.addEventListener("storage", (event) => {
    if (event.key === key("timer")) callback(parseTimer(event.newValue));
  });
}
