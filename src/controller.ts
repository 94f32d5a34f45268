// The one place the active step changes. Drivers (scroll, links, later keys and embeds) call setStep;
// listeners (DOM, hash, scenes) hear about it. It holds an index and nothing else.

export interface Controller {
  readonly current: number;
  readonly count: number;
  /** Makes step `index` active. `animate` is false for jumps that should land at once (load, deep link). */
  setStep(index: number, options?: { animate?: boolean }): void;
  subscribe(listener: (index: number, animate: boolean) => void): () => void;
}

/** The User Timing mark of a step change, and how many of them the timeline keeps at most (a pass through the story makes about 30). */
export const STEP_MARK = "story:step";
export const MARKS_KEPT = 500;

/**
 * `inFrame`, when given, is where animated changes reach the listeners: the page passes the next
 * animation frame (src/schedule/inNextFrame.ts). Their writes then meet the tweens' first writes in one
 * restyle and layout, where the scroll observer's next read of the scroll position would otherwise force
 * one mid-task; and several changes before a frame (a fast scroll) are heard once, as the last of them.
 * Jumps (`animate: false`) are heard at once.
 */
export function createController(count: number, initial = -1, inFrame?: (run: () => void) => void): Controller {
  let current = initial;
  let heard = initial; // the step the listeners last heard of
  let waiting = false; // for inFrame
  let marks = 0; // step marks on the performance timeline
  const listeners = new Set<(index: number, animate: boolean) => void>();
  const tell = (animate: boolean) => {
    if (heard === current) return;
    heard = current;
    for (const listener of listeners) listener(current, animate);
  };
  return {
    get current() {
      return current;
    },
    count,
    setStep(index, options = {}) {
      const next = Math.max(0, Math.min(count - 1, Math.trunc(index)));
      if (next === current || Number.isNaN(next)) return;
      current = next;
      // A User Timing mark (DevTools, npm run bench): when the change began, before any listener's work.
      // The timeline keeps marks until they are cleared: a long session keeps at most MARKS_KEPT of them.
      if (++marks > MARKS_KEPT) {
        performance.clearMarks(STEP_MARK);
        marks = 1;
      }
      performance.mark(STEP_MARK, { detail: next });
      const animate = options.animate ?? true;
      if (!animate || !inFrame) return tell(animate);
      if (waiting) return;
      waiting = true;
      inFrame(() => {
        waiting = false;
        tell(true);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
