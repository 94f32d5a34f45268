// What the modes get from src/main.ts: the same controller, step elements and states as scrolling.
import type { Controller } from "../controller.ts";
import type { StepState } from "../model/state.ts";

export interface ModesContext {
  /** The one place the active step changes (src/controller.ts). */
  readonly controller: Controller;
  /** The prerendered section.step elements, in order. */
  readonly steps: readonly HTMLElement[];
  readonly payload: { readonly states: readonly StepState[]; readonly sources: readonly { id: string; short: string }[] };
  /** main#story. */
  readonly root: HTMLElement;
  /** Brings step i into reading position, so that the scroll driver agrees with the controller. */
  readonly scrollTo: (i: number) => void;
  /**
   * Whether scrolling chooses the step (reading, the default) or only follows it (present mode and the
   * console, where keys and the channel choose: a scroll observation queued before a quick second key
   * press would otherwise undo it).
   */
  readonly scrollChooses: (on: boolean) => void;
}
