// Pure: the geometry projected once into base-projection pixels, and indexed for the frames.
import { geoArea, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, MultiLineString, Polygon } from "geojson";
import type { Geo } from "../../geo/load.ts";
import type { Payload } from "../../model/payload.ts";
import type { Bounds } from "./camera.ts";

type Point = readonly [number, number];

export interface MapModel {
  readonly countries: readonly { id: string; name: string; d: string }[];
  readonly bounds: ReadonlyMap<string, Bounds>;
  /** Where a country's label goes: the centroid of its largest polygon. */
  readonly anchors: ReadonlyMap<string, Point>;
  readonly places: ReadonlyMap<string, { name: string; at: Point }>;
  readonly borders: ReadonlyMap<string, { d: string; mid: Point; km: number }>;
}

const largestPolygon = (f: Feature): Feature<Polygon> => {
  const g = f.geometry;
  if (g.type !== "MultiPolygon") return f as Feature<Polygon>;
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const area = geoArea({ type: "Polygon", coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: best } };
};

/** The middle vertex of the longest line of a border, as a place for its length label. */
const midpoint = (line: MultiLineString): [number, number] => {
  const longest = line.coordinates.reduce((a, b) => (b.length > a.length ? b : a));
  return longest[Math.floor(longest.length / 2)] as [number, number];
};

const round = (p: readonly [number, number]): Point => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

export function buildMapModel(geo: Geo, payload: Pick<Payload, "places" | "borders">, projection: GeoProjection): MapModel {
  const path = geoPath(projection).digits(1);
  const countries = geo.countries.map((c) => ({ id: c.id, name: c.properties.name, d: path(c) ?? "" }));
  const bounds = new Map(geo.countries.map((c) => [c.id, path.bounds(c) as Bounds]));
  const anchors = new Map(geo.countries.map((c) => [c.id, round(path.centroid(largestPolygon(c)))]));
  const places = new Map(payload.places.map((p) => [p.id, { name: p.name, at: round(projection([p.lon, p.lat])!) }]));
  const borders = new Map(
    payload.borders.flatMap((b) => {
      const line = geo.borders.get(b.id);
      return line ? [[b.id, { d: path(line) ?? "", mid: round(projection(midpoint(line))!), km: b.km }] as const] : [];
    }),
  );
  return { countries, bounds, anchors, places, borders };
}
