// The pacing hint: is the presenter ahead of, on or behind the plan? Pure.
//
// The planned length is shared between the steps in proportion to their weight (the words of each
// passage, so a long passage gets more time). While on step i the presenter is on pace if the
// elapsed time lies inside step i's share of the plan; before it they are ahead, after it behind.

export interface Pace {
  readonly status: "ahead" | "on-time" | "behind";
  /** How far outside the step's window the elapsed time lies, in ms (0 when on pace). */
  readonly offBy: number;
  /** The step's window in the plan, in ms from the start. */
  readonly from: number;
  readonly to: number;
}

export function pace(elapsedMs: number, index: number, weights: readonly number[], plannedMs: number): Pace {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  const i = Math.max(0, Math.min(clean.length - 1, index));
  // With no usable weights every step gets the same share.
  const share = (j: number) => (total > 0 ? clean[j] / total : 1 / clean.length);
  let from = 0;
  for (let j = 0; j < i; j++) from += share(j) * plannedMs;
  const to = from + share(i) * plannedMs;
  if (elapsedMs < from) return { status: "ahead", offBy: from - elapsedMs, from, to };
  if (elapsedMs > to) return { status: "behind", offBy: elapsedMs - to, from, to };
  return { status: "on-time", offBy: 0, from, to };
}

/** Words in a passage: its weight in the plan. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** "1 min", "3 min": whole minutes, at least one (the hint is shown only when off by more than 30 s). */
export const formatMinutes = (ms: number): string => `${Math.max(1, Math.round(ms / 60_000))} min`;

/** Being less than this far outside the window still counts as on pace: a hint should not flicker. */
export const TOLERANCE_MS = 30_000;
