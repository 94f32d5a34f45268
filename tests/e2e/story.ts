// What the page should show, computed from the story with the project's own build pipeline
// (story/story.aml -> parse -> validate -> resolve), so the tests follow the story as it is edited.
import { loadStory } from "../../src/build/loadStory.ts";
import type { MapState, StepState } from "../../src/model/state.ts";

export const loaded = loadStory(process.cwd());
export const states: readonly StepState[] = loaded.states;
export const steps = loaded.story.steps;
export const firstStep = states[0];
export const lastStep = states[states.length - 1];

/** True for steps the map shows (today every step; a story may later give some steps another scene). */
export const isMapStep = (state: StepState): boolean => state.scene === "map" && (state as { map: MapState | null }).map !== null;
export const mapSteps = states.filter(isMapStep);
export const lastMapStep = mapSteps[mapSteps.length - 1];
export const middleMapStep = mapSteps[Math.floor(mapSteps.length / 2)];

/** The map's data attributes that describe what a step shows (data-camera depends on the viewport). */
export interface MapAttributes {
  step: string;
  highlight: string;
  threat: string;
  borders: string;
  places: string;
  labels: string;
}

/** A map step's map state; throws for a step that has none. */
export function mapOf(state: StepState): MapState {
  const map = (state as { map: MapState | null }).map;
  if (!map) throw new Error(`step ${state.id} has no map state (scene "${state.scene}"); these tests only know the map scene`);
  return map;
}

const sorted = (ids: readonly string[]) => [...ids].sort().join(" ");

/**
 * The attributes svg.map should carry for a step. Highlight and threat are sorted ids (as the
 * contract says); borders, places and labels are compared as sets, so they are sorted on both sides.
 */
export function expectedMap(state: StepState): MapAttributes {
  const map = mapOf(state);
  return {
    step: state.id,
    highlight: sorted(map.highlight),
    threat: sorted(map.threat),
    borders: sorted(map.borders),
    places: sorted(map.places),
    labels: sorted(map.labels),
  };
}

/** Sorts the set-like attributes of what was read from the page, to compare with expectedMap. */
export function asSets(read: MapAttributes): MapAttributes {
  const words = (s: string) => s.split(" ").filter(Boolean);
  return {
    step: read.step,
    highlight: read.highlight,
    threat: read.threat,
    borders: sorted(words(read.borders)),
    places: sorted(words(read.places)),
    labels: sorted(words(read.labels)),
  };
}

/** What the map's elements should show for a step once its tweens are over (see drawnMap). */
export function expectedDrawing(state: StepState) {
  const map = mapOf(state);
  const ids = (xs: readonly string[]) => [...xs].sort();
  const highlight = new Set(map.highlight);
  return {
    highlight: ids(map.highlight),
    threat: ids(map.threat.filter((id) => !highlight.has(id))),
    borders: ids(map.borders),
    halfDrawn: [] as string[],
    places: ids(map.places),
    labels: ids(map.labels),
    lengths: map.lengths ? ids(map.borders) : [],
  };
}
