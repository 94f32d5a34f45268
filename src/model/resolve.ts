import type { Story } from "../story/types.ts";
import type { StepState } from "./state.ts";

/** What resolve needs to know of the data files: which source backs each thing a picture can show. */
export interface Lookup {
  routeSource: ReadonlyMap<string, string>;
  /** Place id to the source of its coordinates. */
  placeSource: ReadonlyMap<string, string>;
  /** Route id to the places it runs through; annotation id to the place it is anchored at. */
  routePoints: ReadonlyMap<string, readonly string[]>;
  noteAt: ReadonlyMap<string, string>;
  noteSource: ReadonlyMap<string, string>;
  /** Arrivals year (row key) to its source id. */
  yearSource: ReadonlyMap<string, string>;
  /** Relation id to its sources: its own, then any that corroborate it. */
  relationSources: ReadonlyMap<string, readonly string[]>;
  /** Relation id to the actors it joins. */
  relationActors: ReadonlyMap<string, readonly string[]>;
  /** Chart id to the source ids of its rows. */
  chartSources: ReadonlyMap<string, readonly string[]>;
  /** Every event id, in date order, and the source of each. */
  events: readonly string[];
  eventSource: ReadonlyMap<string, string>;
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const frozen = <T>(xs: Iterable<T>): readonly T[] => Object.freeze(unique(xs));
const pick = (map: ReadonlyMap<string, string>, ids: readonly string[]) => ids.map((id) => map.get(id)!).filter(Boolean);

/** Story to one complete, frozen state per step. Pure: the same story and data give the same states. */
export function resolve(story: Story, lookup: Lookup): readonly StepState[] {
  return Object.freeze(
    story.steps.map((step, index) => {
      const { map, alliances, chart, timeline } = step;
      const implied: string[] = [];

      const mapState = map && {
        focus: frozen(map.focus),
        highlight: frozen(map.highlight),
        threat: frozen(map.threat),
        labels: frozen(map.labels ?? [...map.highlight, ...map.threat]),
        borders: frozen(map.borders),
        places: frozen(map.places),
        lengths: map.lengths && map.borders.length > 0,
        flows: frozen(map.flows),
        year: map.year,
        notes: frozen(map.notes),
      };
      if (mapState) {
        implied.push("natural-earth");
        // Every place the map puts a mark at (pins, route ends and bends, annotations) credits its own source.
        const placed = [...mapState.places, ...mapState.flows.flatMap((r) => lookup.routePoints.get(r) ?? []), ...pick(lookup.noteAt, mapState.notes)];
        implied.push(...pick(lookup.placeSource, placed));
        if (mapState.lengths) implied.push("factbook");
        implied.push(...pick(lookup.routeSource, mapState.flows), ...pick(lookup.noteSource, mapState.notes));
        if (mapState.year) implied.push(lookup.yearSource.get(mapState.year)!);
      }

      const alliancesState = alliances && {
        actors: frozen([...alliances.actors, ...alliances.relations.flatMap((r) => lookup.relationActors.get(r) ?? [])]),
        relations: frozen(alliances.relations),
        focus: frozen(alliances.focus),
      };
      if (alliancesState) implied.push(...alliancesState.relations.flatMap((r) => lookup.relationSources.get(r) ?? []));

      const chartState = chart && { id: chart.id, highlight: frozen(chart.highlight) };
      if (chartState) implied.push(...(lookup.chartSources.get(chartState.id) ?? []));

      const timelineState = timeline && {
        events: frozen(timeline.events ?? lookup.events),
        focus: frozen(timeline.focus),
      };
      if (timelineState) implied.push(...pick(lookup.eventSource, timelineState.events));

      const state: StepState = {
        index,
        id: step.id,
        kind: step.kind,
        lang: step.lang,
        title: step.title,
        description: step.description,
        claim: step.claim,
        notes: step.notes,
        sources: frozen([...step.sources, ...implied]),
        scene: mapState ? "map" : alliancesState ? "alliances" : chartState ? "chart" : "timeline",
        map: mapState && Object.freeze(mapState),
        alliances: alliancesState && Object.freeze(alliancesState),
        chart: chartState && Object.freeze(chartState),
        timeline: timelineState && Object.freeze(timelineState),
      };
      return Object.freeze(state);
    }),
  );
}
