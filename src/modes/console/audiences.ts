// The audience windows a console hears, and which one leads: the console shows the leader's step and
// sends its commands to the leader only. Pure.
//
// A second audience window (a tab opened by accident, a stale window on another screen) used to
// make the console flip between the two. Now the first window heard leads; a window that appears
// while another leads waits until the presenter chooses it; when the leader goes away (its page
// closes, or it falls silent), a single remaining window leads, and with several the presenter chooses.

export interface AudienceWindow {
  readonly sid: string;
  readonly stepId: string;
  readonly blackout: boolean;
  /** When the console first heard it (ms): tells the presenter which window is which. */
  readonly firstSeen: number;
  readonly lastSeen: number;
}

export interface Audiences {
  readonly windows: readonly AudienceWindow[];
  readonly leader: string | null;
}

export const NO_AUDIENCE: Audiences = { windows: [], leader: null };

export const leaderOf = (a: Audiences): AudienceWindow | null => a.windows.find((w) => w.sid === a.leader) ?? null;

/** A state from window `sid`: it is added or updated; with no leader, a window alone leads. */
export function heard(a: Audiences, state: { sid: string; stepId: string; blackout: boolean }, now: number): Audiences {
  const old = a.windows.find((w) => w.sid === state.sid);
  const window: AudienceWindow = { sid: state.sid, stepId: state.stepId, blackout: state.blackout, firstSeen: old?.firstSeen ?? now, lastSeen: now };
  const windows = old ? a.windows.map((w) => (w === old ? window : w)) : [...a.windows, window];
  return settle({ windows, leader: a.leader });
}

/** Window `sid` said bye. */
export const gone = (a: Audiences, sid: string): Audiences => settle({ windows: a.windows.filter((w) => w.sid !== sid), leader: a.leader === sid ? null : a.leader });

/** Windows silent for longer than `lostAfter` are taken as gone. */
export function prune(a: Audiences, now: number, lostAfter: number): Audiences {
  const windows = a.windows.filter((w) => now - w.lastSeen <= lostAfter);
  if (windows.length === a.windows.length) return a;
  return settle({ windows, leader: windows.some((w) => w.sid === a.leader) ? a.leader : null });
}

/** The presenter chose window `sid` to lead (an unknown sid changes nothing). */
export const choose = (a: Audiences, sid: string): Audiences => (a.windows.some((w) => w.sid === sid) ? { windows: a.windows, leader: sid } : a);

// Without a leader, a window alone leads; several wait for the presenter's choice.
const settle = (a: Audiences): Audiences => (a.leader === null && a.windows.length === 1 ? { windows: a.windows, leader: a.windows[0].sid } : a);
