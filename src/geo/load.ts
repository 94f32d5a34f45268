// The only topojson-client import: the region topology to GeoJSON countries and shared-border lines.
import { feature, mesh } from "topojson-client";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export interface Geo {
  countries: Country[];
  /** Border id (as in borders.json) to the line the two countries share. */
  borders: Map<string, MultiLineString>;
}

type Region = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export class GeoLoadError extends Error {
  name = "GeoLoadError";
}

/** Pure: a parsed topology to countries and the requested shared borders. */
export function geoFromTopology(topology: unknown, borders: readonly { id: string; a: string; b: string }[]): Geo {
  const t = topology as Region;
  if (t?.type !== "Topology" || !Array.isArray(t.arcs) || t.objects?.countries?.type !== "GeometryCollection") {
    throw new GeoLoadError("the map file is not a region topology (objects.countries missing)");
  }
  const collection = feature(t, t.objects.countries);
  const countries = collection.features.map((f) => ({ ...f, id: String(f.id) }) as Country);
  const lines = new Map<string, MultiLineString>();
  for (const { id, a, b } of borders) {
    const line = mesh(t, t.objects.countries, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a));
    if (line.coordinates.length) lines.set(id, line);
  }
  return { countries, borders: lines };
}

/** Fetches and converts the topology; any failure (network, status, JSON, shape) is a GeoLoadError. */
export async function loadGeo(url: string, borders: readonly { id: string; a: string; b: string }[], fetcher: typeof fetch = fetch): Promise<Geo> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new GeoLoadError(`the map file could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new GeoLoadError(`the map file answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GeoLoadError("the map file is not valid JSON (truncated?)");
  }
  return geoFromTopology(json, borders);
}
