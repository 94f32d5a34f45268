import type { Story } from "../story/types.ts";
import type { StepState } from "./state.ts";

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** Story to one complete, frozen state per step. Pure: the same story gives the same states. */
export function resolve(story: Story): readonly StepState[] {
  return Object.freeze(
    story.steps.map((step, index) => {
      const map = step.map;
      const implied = [
        "natural-earth",
        ...(map.places.length ? ["geonames"] : []),
        ...(map.lengths && map.borders.length ? ["factbook"] : []),
      ];
      const state: StepState = {
        index,
        id: step.id,
        kind: step.kind,
        lang: step.lang,
        title: step.title,
        description: step.description,
        claim: step.claim,
        sources: Object.freeze(unique([...step.sources, ...implied])),
        scene: "map",
        map: Object.freeze({
          focus: Object.freeze([...map.focus]),
          highlight: Object.freeze(unique(map.highlight)),
          threat: Object.freeze(unique(map.threat)),
          labels: Object.freeze(unique(map.labels ?? [...map.highlight, ...map.threat])),
          borders: Object.freeze([...map.borders]),
          places: Object.freeze([...map.places]),
          lengths: map.lengths && map.borders.length > 0,
        }),
      };
      return Object.freeze(state);
    }),
  );
}
