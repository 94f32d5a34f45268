// The events embed.js dispatches on the snippet's container for the host page's scripts (analytics, ad
// refresh), version 1, documented in EMBEDDING.md ("Events for the host page"). Pure: the names, the
// details, and which step changes are worth telling the host.

export const EVENTS_VERSION = 1;

export const EVENT = {
  /** The piece is on the page: detail { v, mode: "shadow" | "iframe" }. */
  mounted: "xstory:mounted",
  /** The piece could not be shown; the link stays: detail { v, reason }. */
  failed: "xstory:failed",
  /** The reader moved to another step: detail { v, id, index, count }. */
  step: "xstory:step",
  /** The reader reached the last step, once per page view: detail { v, id, index, count }. */
  end: "xstory:end",
} as const;

export interface StepInfo {
  readonly id: string;
  readonly index: number;
  readonly count: number;
}

export interface StepReporter {
  /** The piece's active step changed (it may change while the piece is off screen, e.g. at load). */
  step(step: StepInfo): void;
  /** Whether any of the piece is on screen. */
  visible(on: boolean): void;
}

/**
 * Tells `report` of each step change once, and never while the piece is off screen: a change there (the
 * first step set at load below the fold, a re-layout) is told when the piece comes on screen, if the
 * step is still not the one last told. `reachedEnd` follows the first report of the last step.
 */
export function createStepReporter(report: (step: StepInfo) => void, reachedEnd: (step: StepInfo) => void): StepReporter {
  let current: StepInfo | null = null;
  let told = -1;
  let onScreen = false;
  let ended = false;
  const tell = () => {
    if (!onScreen || !current || current.index === told) return;
    told = current.index;
    report(current);
    if (!ended && current.index === current.count - 1) {
      ended = true;
      reachedEnd(current);
    }
  };
  return {
    step(step) {
      current = step;
      tell();
    },
    visible(on) {
      onScreen = on;
      tell();
    },
  };
}

/** Calls `listener` with the piece's step now (if it has one yet) and at every change. */
export function followSteps(
  controller: { readonly current: number; readonly count: number; subscribe(listener: (index: number) => void): unknown },
  ids: readonly string[],
  listener: (step: StepInfo) => void,
): void {
  const tell = (index: number) => listener({ id: ids[index], index, count: controller.count });
  controller.subscribe(tell);
  if (controller.current >= 0) tell(controller.current);
}
