// Pure: the geometry projected once into base-projection pixels, and indexed for the frames.
import { geoArea, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, MultiLineString, Polygon } from "geojson";
import type { Geo } from "../../geo/load.ts";
import type { Payload } from "../../model/payload.ts";
import { drain, type Steps } from "../../schedule/steps.ts";
import type { Bounds } from "./camera.ts";

type Point = readonly [number, number];

export interface MapModel {
  readonly countries: readonly { id: string; name: string; d: string }[];
  readonly bounds: ReadonlyMap<string, Bounds>;
  /** Where a country's label goes: the centroid of its largest polygon. */
  readonly anchors: ReadonlyMap<string, Point>;
  readonly places: ReadonlyMap<string, { name: string; at: Point }>;
  readonly borders: ReadonlyMap<string, { d: string; mid: Point; km: number }>;
  /** Routes as gently curved paths through their places, with a point for a label. */
  readonly routes: ReadonlyMap<string, { d: string; mid: Point }>;
}

/**
 * A path through points, each leg bowed slightly to its left (a quadratic curve whose control point
 * sits off the chord by 15% of its length), so that direction reads and parallel legs separate.
 */
export function routePath(points: readonly Point[]): { d: string; mid: Point } {
  const f = (v: number) => Math.round(v * 10) / 10;
  let d = `M${f(points[0][0])},${f(points[0][1])}`;
  let mid: Point = points[0];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const cx = (x0 + x1) / 2 + (y1 - y0) * 0.15;
    const cy = (y0 + y1) / 2 - (x1 - x0) * 0.15;
    d += `Q${f(cx)},${f(cy)},${f(x1)},${f(y1)}`;
    // The curve's midpoint (t = 0.5) of the middle leg carries the label.
    if (i === Math.ceil((points.length - 1) / 2)) mid = [f((x0 + 2 * cx + x1) / 4), f((y0 + 2 * cy + y1) / 4)];
  }
  return { d, mid };
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

type ModelPayload = Pick<Payload, "places" | "borders" | "routes">;

/** Builds the model at once (tests, build time, resizes). */
export function buildMapModel(geo: Geo, payload: ModelPayload, projection: GeoProjection): MapModel {
  return drain(mapModelSteps(geo, payload, projection));
}

/**
 * The model in small pieces (src/schedule/steps.ts): at load, startStory runs them in short slices, so that
 * projecting the region never blocks input for long. A large country's outline is one piece, its box and
 * its label's place another, so no piece is much longer than a few milliseconds on a slow phone.
 */
export function* mapModelSteps(geo: Geo, payload: ModelPayload, projection: GeoProjection): Steps<MapModel> {
  const path = geoPath(projection).digits(1);
  const countries: MapModel["countries"][number][] = [];
  const bounds = new Map<string, Bounds>();
  const anchors = new Map<string, Point>();
  for (const c of geo.countries) {
    countries.push({ id: c.id, name: c.properties.name, d: path(c) ?? "" });
    yield;
    bounds.set(c.id, path.bounds(c) as Bounds);
    anchors.set(c.id, round(path.centroid(largestPolygon(c))));
    yield;
  }
  const places = new Map(payload.places.map((p) => [p.id, { name: p.name, at: round(projection([p.lon, p.lat])!) }]));
  // The shared borders keep their full 10m detail: one piece each.
  const borders = new Map<string, { d: string; mid: Point; km: number }>();
  for (const b of payload.borders) {
    const line = geo.borders.get(b.id);
    if (!line) continue;
    yield;
    borders.set(b.id, { d: path(line) ?? "", mid: round(projection(midpoint(line))!), km: b.km });
  }
  const routes = new Map(
    payload.routes.map((r) => {
      return [r.id, routePath(r.points.map((id) => places.get(id)!.at))] as const;
    }),
  );
  return { countries, bounds, anchors, places, borders, routes };
}
