// Build time: read the story and its data from disk and run parse -> validate -> resolve.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import { checkData, type StoryData } from "./data.ts";
import { checkStoryConsistency } from "./checkStoryConsistency.ts";
import { geoFromTopology } from "../geo/load.ts";
import { decodeStory } from "../story/decode.ts";
import { formatError, messages, type StoryError } from "../story/messages.ts";
import { parse } from "../story/parse.ts";
import { validate, type Vocabulary } from "../story/validate.ts";
import { resolve, type Lookup } from "../model/resolve.ts";
import type { StepState } from "../model/state.ts";
import type { Story } from "../story/types.ts";
import { checkAlliancesData } from "../scenes/alliances/check.ts";
import type { ActorRecord, RelationRecord } from "../scenes/alliances/types.ts";
import { checkCharts } from "../scenes/chart/check.ts";
import type { ChartRecord } from "../scenes/chart/types.ts";
import { checkEvents } from "../scenes/timeline/check.ts";
import type { EventRecord } from "../scenes/timeline/types.ts";

/** Everything the scenes draw from, checked: the map's data and each scene's own. */
export interface SceneData extends StoryData {
  actors: ActorRecord[];
  relations: RelationRecord[];
  charts: ChartRecord[];
  events: EventRecord[];
}

export interface Loaded {
  story: Story;
  states: readonly StepState[];
  data: SceneData;
  /** Country id to its Natural Earth name, for labels. */
  countryNames: Record<string, string>;
  /** What the story could refer to, and what backs it: kept for tests and tools. */
  vocabulary: Vocabulary;
  lookup: Lookup;
}

export class StoryBuildError extends Error {
  constructor(readonly errors: StoryError[]) {
    super(errors.map(formatError).join("\n"));
    this.name = "StoryBuildError";
  }
}

const DATA_FILES = {
  sources: "assets/data/sources.json",
  places: "assets/data/places.json",
  borders: "assets/data/borders.json",
  routes: "assets/data/routes.json",
  notes: "assets/data/annotations.json",
  actors: "assets/data/actors.json",
  relations: "assets/data/relations.json",
  charts: "assets/data/charts.json",
  events: "assets/data/events.json",
} as const;

export interface StoryPaths extends Record<keyof typeof DATA_FILES, string> {
  story: string;
  article: string;
  geo: string;
}

export const defaultPaths = (root: string): StoryPaths => ({
  story: join(root, "story/story.aml"),
  article: join(root, "story/article.txt"),
  geo: join(root, "assets/geo/region.topo.json"),
  ...(Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [k, join(root, f)])) as Record<keyof typeof DATA_FILES, string>),
});

/** The files the build depends on, for watching. */
export const inputFiles = (root: string): string[] => Object.values(defaultPaths(root));

/** Runs the whole pipeline; throws StoryBuildError whose message lists every problem found. */
export function loadStory(root: string, paths: StoryPaths = defaultPaths(root)): Loaded {
  const rel = (p: string) => relative(root, p) || p;
  const fileError = (p: string, message: string) => new StoryBuildError([{ stage: "data", file: rel(p), step: null, field: null, message }]);
  const readBytes = (p: string): Buffer => {
    if (!existsSync(p)) throw fileError(p, "file not found");
    try {
      return readFileSync(p);
    } catch (error) {
      throw fileError(p, messages.unreadable(readFailure(error)));
    }
  };
  const readText = (p: string): string => readBytes(p).toString("utf8");
  const readJson = (p: string): Record<string, unknown> => {
    const text = readText(p);
    try {
      return JSON.parse(text);
    } catch (e) {
      throw fileError(p, `is not valid JSON (${(e as Error).message})`);
    }
  };
  const records = (key: keyof typeof DATA_FILES) => ({ file: rel(paths[key]), records: readJson(paths[key]).records });

  const checked = checkData({ sources: records("sources"), places: records("places"), borders: records("borders"), routes: records("routes"), notes: records("notes") });
  if (!checked.data) throw new StoryBuildError(checked.errors);
  const sourceIds = new Set(checked.data.sources.map((s) => s.id));
  const actors = records("actors").records as ActorRecord[];
  const relations = records("relations").records as RelationRecord[];
  const charts = records("charts").records as ChartRecord[];
  const events = records("events").records as EventRecord[];
  const sceneErrors = [...checkAlliancesData(actors, relations, sourceIds), ...checkCharts(charts, sourceIds), ...checkEvents(events, sourceIds)];
  if (sceneErrors.length) throw new StoryBuildError(sceneErrors.map((message) => ({ stage: "data", file: "", step: null, field: null, message })));
  const data: SceneData = { ...checked.data, actors, relations, charts, events };

  const topology = readJson(paths.geo) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countryNames: Record<string, string> = {};
  for (const g of topology.objects.countries.geometries) countryNames[String(g.id)] = (g.properties as { name: string }).name;

  const arrivals = charts.find((c) => c.id === "arrivals");
  const vocabulary: Vocabulary = {
    countries: new Map(Object.entries(countryNames).map(([id, name]) => [name, id])),
    places: new Set(data.places.map((p) => p.id)),
    borders: new Set(data.borders.filter((b) => b.pair.every((n) => Object.values(countryNames).includes(n))).map((b) => b.id)),
    sources: sourceIds,
    routes: new Set(data.routes.map((r) => r.id)),
    notes: new Set(data.notes.map((n) => n.id)),
    years: new Set(arrivals?.rows.map((r) => r.key) ?? []),
    actors: new Set(actors.map((a) => a.id)),
    relations: new Set(relations.map((r) => r.id)),
    charts: new Map(charts.map((c) => [c.id, new Set([...c.rows.map((r) => r.key), ...c.series.map((s) => s.key)])])),
    events: new Set(events.map((e) => e.id)),
  };
  const lookup: Lookup = {
    routeSource: new Map(data.routes.map((r) => [r.id, r.sourceId])),
    placeSource: new Map(data.places.map((p) => [p.id, p.sourceId])),
    routePoints: new Map(data.routes.map((r) => [r.id, r.points])),
    noteAt: new Map(data.notes.map((n) => [n.id, n.at])),
    noteSource: new Map(data.notes.map((n) => [n.id, n.sourceId])),
    yearSource: new Map(arrivals?.rows.map((r) => [r.key, r.sourceId]) ?? []),
    relationSources: new Map(relations.map((r) => [r.id, [r.sourceId, ...(r.seeAlso ?? [])]])),
    relationActors: new Map(relations.map((r) => [r.id, relationActors(r)])),
    chartSources: new Map(charts.map((c) => [c.id, c.rows.map((r) => r.sourceId)])),
    events: [...events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.id),
    eventSource: new Map(events.map((e) => [e.id, e.sourceId])),
  };

  const file = rel(paths.story);
  const decoded = decodeStory(readBytes(paths.story), file);
  if (decoded.text === null) throw new StoryBuildError(decoded.errors);
  const parsed = parse(decoded.text, file);
  if (!parsed.raw) throw new StoryBuildError(parsed.errors);
  const validated = validate(parsed.raw, vocabulary, readText(paths.article), file);
  if (!validated.story) throw new StoryBuildError(validated.errors);
  const states = resolve(validated.story, lookup);
  const article = readText(paths.article);
  const countries = geoFromTopology(topology, []).countries;
  const inconsistent = checkStoryConsistency({ story: validated.story, states, data, countryNames, countries, article, file });
  if (inconsistent.length) throw new StoryBuildError(inconsistent);
  return { story: validated.story, states, data, countryNames, vocabulary, lookup };
}

/** Why a file that exists could not be read, in words (no stack trace reaches the editor). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied (check the file's permissions)";
  return code ?? String((error as Error)?.message ?? error);
}

/** The actors a relation joins: its two ends, and the members of a many-sided one. */
function relationActors(r: RelationRecord): string[] {
  const members = (r as { members?: string[] }).members ?? [];
  return [...new Set([r.from, r.to, ...members].filter((x): x is string => typeof x === "string"))];
}
