// The one place the active step changes. Drivers (scroll, links, later keys and embeds) call setStep;
// listeners (DOM, hash, scenes) hear about it. It holds an index and nothing else.

export interface Controller {
  readonly current: number;
  readonly count: number;
  /** Makes step `index` active. `animate` is false for jumps that should land at once (load, deep link). */
  setStep(index: number, options?: { animate?: boolean }): void;
  subscribe(listener: (index: number, animate: boolean) => void): () => void;
}

export function createController(count: number, initial = -1): Controller {
  let current = initial;
  const listeners = new Set<(index: number, animate: boolean) => void>();
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
      performance.mark("story:step", { detail: next });
      for (const listener of listeners) listener(next, options.animate ?? true);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
