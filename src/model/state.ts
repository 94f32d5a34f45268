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
  /** Speaker notes for present mode (the presenter console and ?print&notes), or null. */
  readonly notes: string | null;
  /** Source ids for everything on screen: the ones the editor named and the ones the picture implies. */
  readonly sources: readonly string[];
  /** Which scene the stage shows; exactly that scene's state below is non-null. */
  readonly scene: SceneName;
  readonly map: MapState | null;
  readonly alliances: AlliancesState | null;
  readonly chart: ChartState | null;
  readonly timeline: TimelineState | null;
}

export type SceneName = "map" | "alliances" | "chart" | "timeline";

/** Actor–relation diagram. Ids from assets/data/actors.json and relations.json. */
export interface AlliancesState {
  /** Every actor drawn: the ones named and both ends of every relation shown. */
  readonly actors: readonly string[];
  readonly relations: readonly string[];
  /** Actors emphasised for this passage (a subset of actors). */
  readonly focus: readonly string[];
}

/** A chart from assets/data/charts.json. */
export interface ChartState {
  readonly id: string;
  /** Row or series keys emphasised for this passage (e.g. "2023", "tunisia"). */
  readonly highlight: readonly string[];
}

/** The timeline. Ids from assets/data/events.json. */
export interface TimelineState {
  readonly events: readonly string[];
  readonly focus: readonly string[];
}

export interface MapState {
  readonly focus: readonly string[];
  readonly highlight: readonly string[];
  readonly threat: readonly string[];
  readonly labels: readonly string[];
  readonly borders: readonly string[];
  readonly places: readonly string[];
  readonly lengths: boolean;
  /** Routes drawn on the map, ids from assets/data/routes.json. */
  readonly flows: readonly string[];
  /** The arrivals year that sets the width of quantified routes, or null. */
  readonly year: string | null;
  /** Annotations, ids from assets/data/annotations.json. */
  readonly notes: readonly string[];
}
