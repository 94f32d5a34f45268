// Build time: read the story and its data from disk and run parse -> validate -> resolve.
import { readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Topology, GeometryCollection } from "topojson-specification";
import { checkData, type StoryData } from "./data.ts";
import { formatError, type StoryError } from "../story/messages.ts";
import { parse } from "../story/parse.ts";
import { validate, type Vocabulary } from "../story/validate.ts";
import { resolve } from "../model/resolve.ts";
import type { StepState } from "../model/state.ts";
import type { Story } from "../story/types.ts";

export interface Loaded {
  story: Story;
  states: readonly StepState[];
  data: StoryData;
  /** Country id to its Natural Earth name, for labels. */
  countryNames: Record<string, string>;
}

export class StoryBuildError extends Error {
  constructor(readonly errors: StoryError[]) {
    super(errors.map(formatError).join("\n"));
    this.name = "StoryBuildError";
  }
}

export interface StoryPaths {
  story: string;
  article: string;
  geo: string;
  sources: string;
  places: string;
  borders: string;
}

export const defaultPaths = (root: string): StoryPaths => ({
  story: join(root, "story/story.aml"),
  article: join(root, "story/article.txt"),
  geo: join(root, "assets/geo/region.topo.json"),
  sources: join(root, "assets/data/sources.json"),
  places: join(root, "assets/data/places.json"),
  borders: join(root, "assets/data/borders.json"),
});

/** Runs the whole pipeline; throws StoryBuildError whose message lists every problem found. */
export function loadStory(root: string, paths: StoryPaths = defaultPaths(root)): Loaded {
  const rel = (p: string) => relative(root, p) || p;
  const readText = (p: string): string => {
    if (!existsSync(p)) throw new StoryBuildError([{ stage: "data", file: rel(p), step: null, field: null, message: "file not found" }]);
    return readFileSync(p, "utf8");
  };
  const readJson = (p: string): Record<string, unknown> => {
    try {
      return JSON.parse(readText(p));
    } catch (e) {
      if (e instanceof StoryBuildError) throw e;
      throw new StoryBuildError([{ stage: "data", file: rel(p), step: null, field: null, message: `is not valid JSON (${(e as Error).message})` }]);
    }
  };

  const checked = checkData({
    sources: { file: rel(paths.sources), records: readJson(paths.sources).records },
    places: { file: rel(paths.places), records: readJson(paths.places).records },
    borders: { file: rel(paths.borders), records: readJson(paths.borders).records },
  });
  if (!checked.data) throw new StoryBuildError(checked.errors);
  const data = checked.data;

  const topology = readJson(paths.geo) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countryNames: Record<string, string> = {};
  for (const g of topology.objects.countries.geometries) countryNames[String(g.id)] = (g.properties as { name: string }).name;

  const vocabulary: Vocabulary = {
    countries: new Map(Object.entries(countryNames).map(([id, name]) => [name, id])),
    places: new Set(data.places.map((p) => p.id)),
    borders: new Set(data.borders.filter((b) => b.pair.every((n) => Object.values(countryNames).includes(n))).map((b) => b.id)),
    sources: new Set(data.sources.map((s) => s.id)),
  };

  const file = rel(paths.story);
  const parsed = parse(readText(paths.story), file);
  if (!parsed.raw) throw new StoryBuildError(parsed.errors);
  const validated = validate(parsed.raw, vocabulary, readText(paths.article), file);
  if (!validated.story) throw new StoryBuildError(validated.errors);
  return { story: validated.story, states: resolve(validated.story), data, countryNames };
}
