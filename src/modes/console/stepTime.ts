// Time per step and the rehearsal, as data. Pure: times are the console clock's elapsed ms (so a
// paused clock pauses the step's time too), and the state can be stored as JSON.
//
// StepClock: which step is on screen and the elapsed time when it came. Rehearsal: the time spent on
// each step while rehearsing (a step shown twice adds up); a talk then paces against it.

export interface StepClock {
  readonly stepId: string | null;
  readonly since: number;
}

export const NO_STEP: StepClock = { stepId: null, since: 0 };

export type Rehearsal = Readonly<Record<string, number>>;

/** Time on the step on screen. */
export const onStep = (clock: StepClock, elapsedMs: number): number => Math.max(0, elapsedMs - clock.since);

/** Step `stepId` comes on screen at `elapsedMs`; the same step again keeps its start (a reload). */
export const enter = (clock: StepClock, stepId: string, elapsedMs: number): StepClock => (clock.stepId === stepId && clock.since <= elapsedMs ? clock : { stepId, since: elapsedMs });

/** Adds the time of the step that is leaving the screen to the rehearsal. */
export function record(rehearsal: Rehearsal, clock: StepClock, elapsedMs: number): Rehearsal {
  const spent = onStep(clock, elapsedMs);
  if (clock.stepId === null || spent <= 0) return rehearsal;
  return { ...rehearsal, [clock.stepId]: (rehearsal[clock.stepId] ?? 0) + spent };
}

/** The plan a rehearsal gives: each step's rehearsed time as its weight, their sum as the length; null before any. */
export function rehearsedPlan(rehearsal: Rehearsal, ids: readonly string[]): { weights: number[]; plannedMs: number; steps: number } | null {
  const weights = ids.map((id) => rehearsal[id] ?? 0);
  const plannedMs = weights.reduce((a, b) => a + b, 0);
  return plannedMs > 0 ? { weights, plannedMs, steps: weights.filter((w) => w > 0).length } : null;
}

const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** A stored step clock, checked; NO_STEP for anything else. */
export function parseStepClock(json: string | null): StepClock {
  try {
    const v = JSON.parse(json ?? "null");
    return v && typeof v.stepId === "string" && v.stepId.length <= 80 && isTime(v.since) ? { stepId: v.stepId, since: v.since } : NO_STEP;
  } catch {
    return NO_STEP;
  }
}

/** A stored rehearsal, checked: only the given step ids with times; nothing else survives. */
export function parseRehearsal(json: string | null, ids: readonly string[]): Rehearsal {
  try {
    const v = JSON.parse(json ?? "null");
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    return Object.fromEntries(ids.filter((id) => Object.hasOwn(v, id) && isTime(v[id])).map((id) => [id, v[id] as number]));
  } catch {
    return {};
  }
}
