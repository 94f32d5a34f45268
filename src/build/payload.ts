import type { Loaded } from "./loadStory.ts";
import type { Payload } from "../model/payload.ts";

/** Trims the loaded story to what the page's script needs: the texts are already in the HTML. */
export function toPayload(loaded: Loaded): Payload {
  const idByName = new Map(Object.entries(loaded.countryNames).map(([id, name]) => [name, id]));
  return {
    lang: loaded.story.lang,
    states: loaded.states,
    countryNames: loaded.countryNames,
    places: loaded.data.places.map(({ id, name, lat, lon }) => ({ id, name, lat, lon })),
    borders: loaded.data.borders
      .filter((b) => b.pair.every((n) => idByName.has(n)))
      .map((b) => ({ id: b.id, a: idByName.get(b.pair[0])!, b: idByName.get(b.pair[1])!, km: b.km })),
    sources: loaded.data.sources.map(({ id, short }) => ({ id, short })),
  };
}
