// The presenter's clock, as data. Pure: every function takes the time ("now", in ms) as an argument,
// so a reload, a pause or a reset is plain arithmetic, and the state can be stored as JSON.
//
// Running: startedAt is when it last started and `banked` what ran before that. Paused: startedAt
// is null and banked is the whole elapsed time.

export interface Timer {
  readonly startedAt: number | null;
  readonly banked: number;
}

export const ZERO: Timer = { startedAt: null, banked: 0 };

export const isRunning = (t: Timer): boolean => t.startedAt !== null;

/** Elapsed milliseconds. A clock that went backwards (a changed system time) never gives less than banked. */
export const elapsed = (t: Timer, now: number): number => t.banked + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));

export const start = (t: Timer, now: number): Timer => (isRunning(t) ? t : { startedAt: now, banked: t.banked });

export const pause = (t: Timer, now: number): Timer => (isRunning(t) ? { startedAt: null, banked: elapsed(t, now) } : t);

export const toggle = (t: Timer, now: number): Timer => (isRunning(t) ? pause(t, now) : start(t, now));

/** Whether the clock has ever run since the last reset. */
export const isFresh = (t: Timer): boolean => t.startedAt === null && t.banked === 0;

/** A stored timer, checked; ZERO for anything that is not one. */
export function parseTimer(json: string | null): Timer {
  if (!json) return ZERO;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null) return ZERO;
    const { startedAt, banked } = value as Record<string, unknown>;
    const okStart = startedAt === null || (typeof startedAt === "number" && Number.isFinite(startedAt) && startedAt > 0);
    const okBanked = typeof banked === "number" && Number.isFinite(banked) && banked >= 0;
    return okStart && okBanked ? { startedAt: startedAt as number | null, banked: banked as number } : ZERO;
  } catch {
    return ZERO;
  }
}

/** "0:05", "12:34", "1:02:03": whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
