import type { Loaded } from "./loadStory.ts";
import type { Payload } from "../model/payload.ts";

/** Trims the loaded story to what the page's script needs: the texts are already in the HTML. */
export function toPayload(loaded: Loaded): Payload {
  const { data } = loaded;
  const idByName = new Map(Object.entries(loaded.countryNames).map(([id, name]) => [name, id]));
  const arrivals = data.charts.find((c) => c.id === "arrivals");
  return {
    lang: loaded.story.lang,
    states: loaded.states,
    countryNames: loaded.countryNames,
    places: data.places.map(({ id, name, lat, lon }) => ({ id, name, lat, lon })),
    // Only the borders some step draws: each one costs a mesh of the topology at load.
    borders: data.borders
      .filter((b) => b.pair.every((n) => idByName.has(n)) && loaded.states.some((s) => s.map?.borders.includes(b.id)))
      .map((b) => ({ id: b.id, a: idByName.get(b.pair[0])!, b: idByName.get(b.pair[1])!, km: b.km })),
    routes: data.routes.map(({ id, type, points, label, schematic, series }) => ({ id, type, points, label, schematic, series: series ?? null })),
    notes: data.notes.map(({ id, at, dx, dy, label }) => ({ id, at, dx, dy, label })),
    arrivals: Object.fromEntries(arrivals?.rows.map((r) => [r.key, r.values]) ?? []),
    sources: data.sources.map(({ id, short }) => ({ id, short })),
    actors: data.actors,
    relations: data.relations,
    charts: data.charts,
    events: data.events,
  };
}
