// Long pure computations (projecting the map, routing the diagram's lines) are written as generators that
// yield between small pieces of work. The caller chooses how to run them: all at once (tests, resizes), in
// short timer slices (the map at load, which the first view waits for), or only in idle periods (scenes
// the reader has not reached yet). Either way no single task blocks input for long.
import { nextTask } from "./nextTask.ts";

/** Work that yields between pieces and returns T at the end. */
export type Steps<T> = Generator<void, T>;

/** Runs every piece now. */
export function drain<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Runs the pieces in slices of about `sliceMs`, with a new task between slices for drawing and input. */
export async function inSlices<T>(steps: Steps<T>, sliceMs = 6): Promise<T> {
  let started = performance.now();
  let next = steps.next();
  while (!next.done) {
    if (performance.now() - started > sliceMs) {
      await nextTask();
      started = performance.now();
    }
    next = steps.next();
  }
  return next.value;
}

/**
 * An idle period may last 50 ms; a key press in it would wait that long. Each period does at most this
 * much, and without requestIdleCallback (Safari) a timer and this slice stand in for the deadline.
 */
const IDLE_SLICE_MS = 8;

/** Runs the pieces only in idle periods, each period ending at the browser's deadline or after IDLE_SLICE_MS. */
export function whenIdle<T>(steps: Steps<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const period = (timeLeft: () => number) => {
      try {
        let next = steps.next();
        while (!next.done && timeLeft() > 1) next = steps.next();
        if (next.done) resolve(next.value);
        else schedule();
      } catch (error) {
        reject(error);
      }
    };
    const schedule = () => {
      const slice = (deadline?: IdleDeadline) => {
        const end = performance.now() + IDLE_SLICE_MS;
        period(() => Math.min(deadline ? deadline.timeRemaining() : Infinity, end - performance.now()));
      };
      if (typeof requestIdleCallback === "function") requestIdleCallback(slice);
      else setTimeout(slice, 0);
    };
    schedule();
  });
}

/** Resolves in the next idle period: for one piece of DOM work that should not share a task with others. */
export const nextIdle = (): Promise<void> => whenIdle((function* () {})());
