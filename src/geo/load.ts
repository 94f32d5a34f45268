// The only topojson-client import: the region topology to GeoJSON countries and shared-border lines.
import { feature, mesh } from "topojson-client";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fetchJson, LoadError, withRetries, type Retries } from "../net/fetchJson.ts";
import { drain, inSlices, type Steps } from "../schedule/steps.ts";

export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export interface Geo {
  countries: Country[];
  /** Border id (as in borders.json) to the line the two countries share. */
  borders: Map<string, MultiLineString>;
}

type Region = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** A LoadError (src/net/fetchJson.ts) of the map file, or of its shape. */
export class GeoLoadError extends LoadError {
  name = "GeoLoadError";
}

/** Pure: a parsed topology to countries and the requested shared borders. */
export function geoFromTopology(topology: unknown, borders: readonly { id: string; a: string; b: string }[]): Geo {
  return drain(geoSteps(topology, borders));
}

/** The same, in pieces (src/schedule/steps.ts): the countries, then one shared border at a time. */
export function* geoSteps(topology: unknown, borders: readonly { id: string; a: string; b: string }[]): Steps<Geo> {
  const t = topology as Region;
  if (t?.type !== "Topology" || !Array.isArray(t.arcs) || t.objects?.countries?.type !== "GeometryCollection") {
    throw new GeoLoadError("the map file is not a region topology (objects.countries missing)");
  }
  const collection = feature(t, t.objects.countries);
  const countries = collection.features.map((f) => ({ ...f, id: String(f.id) }) as Country);
  const lines = new Map<string, MultiLineString>();
  for (const { id, a, b } of borders) {
    yield;
    const line = mesh(t, t.objects.countries, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a));
    if (line.coordinates.length) lines.set(id, line);
  }
  return { countries, borders: lines };
}

/** Fetches and converts the topology; any failure (network, status, JSON, shape, the deadline) is a GeoLoadError. */
export async function loadGeo(
  url: string,
  borders: readonly { id: string; a: string; b: string }[],
  fetcher: typeof fetch = fetch,
  timeoutMs = Infinity,
): Promise<Geo> {
  let json: unknown;
  try {
    json = await fetchJson(url, "the map file", fetcher, timeoutMs); // the deadline covers the body too
  } catch (error) {
    const e = error as LoadError;
    throw new GeoLoadError(e.message, e.transient);
  }
  return inSlices(geoSteps(json, borders)); // converted in slices: a long task here would block input
}

export interface Patience extends Retries {
  /** A try that has not loaded the whole file after this long is given up (a transient failure). */
  timeoutMs?: number;
  /** onSlow is called once if the load has not finished after slowMs (to tell the reader). */
  slowMs?: number;
  onSlow?: () => void;
}

/** loadGeo, with retries and backoff for transient failures, a timeout, and a word when it is slow. */
export async function loadGeoPatiently(
  url: string,
  borders: readonly { id: string; a: string; b: string }[],
  { attempts = 3, backoffMs = 800, timeoutMs = 15_000, slowMs = 3_000, onSlow }: Patience = {},
  fetcher: typeof fetch = fetch,
): Promise<Geo> {
  const slow = onSlow ? setTimeout(onSlow, slowMs) : undefined;
  try {
    return await withRetries(() => loadGeo(url, borders, fetcher, timeoutMs), { attempts, backoffMs });
  } finally {
    clearTimeout(slow);
  }
}
