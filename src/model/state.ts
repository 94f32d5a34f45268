import type { Claim, Kind } from "../story/types.ts";

/** Everything a scene needs to draw one step. Complete: no field is left for a renderer to guess. */
export interface StepState {
  readonly index: number;
  readonly id: string;
  readonly kind: Kind;
  readonly lang: string;
  readonly title: string;
  readonly description: string;
  readonly claim: Claim | null;
  /** Source ids for everything on screen: the ones the editor named and the ones the picture implies. */
  readonly sources: readonly string[];
  readonly scene: "map";
  readonly map: MapState;
}

export interface MapState {
  readonly focus: readonly string[];
  readonly highlight: readonly string[];
  readonly threat: readonly string[];
  readonly labels: readonly string[];
  readonly borders: readonly string[];
  readonly places: readonly string[];
  readonly lengths: boolean;
}
