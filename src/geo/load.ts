// The only topojson-client import: the region topology to GeoJSON countries and shared-border lines.
import { feature, mesh } from "topojson-client";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { drain, inSlices, type Steps } from "../schedule/steps.ts";

export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export interface Geo {
  countries: Country[];
  /** Border id (as in borders.json) to the line the two countries share. */
  borders: Map<string, MultiLineString>;
}

type Region = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export class GeoLoadError extends Error {
  name = "GeoLoadError";
  /** True for a failure that may pass on another try: the network, a 5xx answer, a timeout. */
  readonly transient: boolean;
  constructor(message: string, transient = false) {
    super(message);
    this.transient = transient;
  }
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

/** Fetches and converts the topology; any failure (network, status, JSON, shape) is a GeoLoadError. */
export async function loadGeo(
  url: string,
  borders: readonly { id: string; a: string; b: string }[],
  fetcher: typeof fetch = fetch,
  timeoutMs = Infinity,
): Promise<Geo> {
  let response: Response;
  const abort = new AbortController();
  const timer = Number.isFinite(timeoutMs) ? setTimeout(() => abort.abort(), timeoutMs) : undefined;
  try {
    response = await fetcher(url, { signal: abort.signal });
  } catch (error) {
    if (abort.signal.aborted) throw new GeoLoadError(`the map file did not answer within ${timeoutMs / 1000} s`, true);
    throw new GeoLoadError(`the map file could not be fetched (${(error as Error).message})`, true);
  } finally {
    clearTimeout(timer); // the answer has begun; a slow body is left to finish
  }
  if (!response.ok) {
    const status = response.status;
    throw new GeoLoadError(`the map file answered ${status}`, status >= 500 || status === 408 || status === 429);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    // Bad JSON stays bad; a body cut off by the network may arrive whole next time.
    throw new GeoLoadError("the map file is not valid JSON (truncated?)", !(error instanceof SyntaxError));
  }
  return inSlices(geoSteps(json, borders)); // converted in slices: a long task here would block input
}

export interface Patience {
  /** Tries in all, for failures that may pass (network, 5xx, timeout); others fail at once. */
  attempts?: number;
  /** The wait before the second try; each further wait doubles it. */
  backoffMs?: number;
  /** A try that has had no answer after this long is given up. */
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
    for (let attempt = 1; ; attempt++) {
      try {
        return await loadGeo(url, borders, fetcher, timeoutMs);
      } catch (error) {
        if (!(error instanceof GeoLoadError) || !error.transient || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
      }
    }
  } finally {
    clearTimeout(slow);
  }
}
