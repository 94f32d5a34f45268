// The contract every scene keeps. A scene owns one DOM host; it draws its part of a step's state and
// tweens from whatever it shows now to that state (never reading "the previous step" for meaning).
import type { Steps } from "../schedule/steps.ts";

export interface Viewport {
  readonly width: number;
  readonly height: number;
  /**
   * The fraction of the height, from the top, that the text does not cover: 1 where the passages sit
   * beside the graphic (desktop), less where they scroll over it (phones). Read from the CSS variable
   * --clear on the stage, so layout and scenes agree. Absent means 1.
   */
  readonly clear?: number;
}

export interface Scene<S> {
  /** Shows `state`: tweened from the current picture when `animate`, at once otherwise. */
  render(state: S, animate: boolean): void;
  /**
   * Works out ahead, in idle time, what showing `state` takes, without touching the page: the step change
   * that shows it then has less to do in its frame. Optional.
   */
  plan?(state: S): void;
  /**
   * The pure part of showing `state` (what plan and render would otherwise work out at once), in pieces
   * for idle time (src/schedule/steps.ts); remembered for the current size. Optional.
   */
  prepare?(state: S): Steps<void>;
  /** Re-fits to a new size, keeping the current state, without animation. */
  resize(viewport: Viewport): void;
  destroy(): void;
}

/** A data table that carries the same facts as a graphic, for screen readers and as CSV. Pure data. */
export interface Table {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Source ids (assets/data/sources.json) of the rows. */
  readonly sources: readonly string[];
}
