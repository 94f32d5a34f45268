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
  readonly routes: ReadonlyMap<string, Route>;
  /**
   * Each country's outline, coarsely (its polygons that are not tiny, each ring cut to a few hundred
   * vertices): where its label may move when the anchor is off screen or taken (labels.ts).
   */
  readonly outlines: ReadonlyMap<string, readonly (readonly Point[])[]>;
}

export interface Route {
  readonly d: string;
  readonly mid: Point;
  /** Points along the drawn curve, from start to end (SAMPLES a leg): what labels keep off. */
  readonly samples: readonly Point[];
}

const SAMPLES = 16;

/**
 * A path through points, each leg bowed slightly to its left (a quadratic curve whose control point
 * sits off the chord by 15% of its length), so that direction reads and parallel legs separate.
 */
export function routePath(points: readonly Point[]): Route {
  const f = (v: number) => Math.round(v * 10) / 10;
  let d = `M${f(points[0][0])},${f(points[0][1])}`;
  let mid: Point = points[0];
  const samples: Point[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const cx = (x0 + x1) / 2 + (y1 - y0) * 0.15;
    const cy = (y0 + y1) / 2 - (x1 - x0) * 0.15;
    d += `Q${f(cx)},${f(cy)},${f(x1)},${f(y1)}`;
    for (let s = 1; s <= SAMPLES; s++) {
      const u = s / SAMPLES;
      const [a, b, c] = [(1 - u) * (1 - u), 2 * u * (1 - u), u * u];
      samples.push([a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1]);
    }
    // The curve's midpoint (t = 0.5) of the middle leg carries the label.
    if (i === Math.ceil((points.length - 1) / 2)) mid = [f((x0 + 2 * cx + x1) / 4), f((y0 + 2 * cy + y1) / 4)];
  }
  return { d, mid, samples };
}

/** Whether p lies inside the ring (even-odd rule). */
export function inRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Where the ring's edges cross the line at height y, as inRing counts them: a point (x, y) is inside
 * (even-odd) when an odd number of these lie to its right. For many points on one line, one pass.
 */
export function ringCrossings(y: number, ring: readonly Point[]): number[] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  return xs;
}

/** inRing for a point on a line whose ringCrossings are known. */
export const insideCrossings = (x: number, crossings: readonly number[]): boolean => crossings.reduce((inside, c) => (x < c ? !inside : inside), false);

/** A ring with at most about `most` of its vertices (every n-th): plenty to tell inside from outside, coarsely. */
const coarse = (ring: readonly Point[], most = 200): Point[] => {
  const step = Math.max(1, Math.floor(ring.length / most));
  return ring.filter((_, i) => i % step === 0);
};

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
  const outlines = new Map<string, readonly (readonly Point[])[]>();
  for (const c of geo.countries) {
    countries.push({ id: c.id, name: c.properties.name, d: path(c) ?? "" });
    yield;
    bounds.set(c.id, path.bounds(c) as Bounds);
    const largest = largestPolygon(c);
    anchors.set(c.id, round(path.centroid(largest)));
    yield;
    // Every polygon of the country that is not tiny (Sicily for Italy, but no islet), its outer ring.
    const polygons = c.geometry.type === "MultiPolygon" ? c.geometry.coordinates : c.geometry.type === "Polygon" ? [c.geometry.coordinates] : [];
    const most = Math.max(0, ...polygons.map((coordinates) => geoArea({ type: "Polygon", coordinates })));
    const rings = polygons
      .filter((coordinates) => geoArea({ type: "Polygon", coordinates }) >= most * 0.03)
      .map((coordinates) => coarse(coordinates[0].map((p) => projection(p as [number, number])).filter((p) => p !== null).map((p) => round(p as [number, number]))));
    outlines.set(c.id, rings);
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
  return { countries, bounds, anchors, places, borders, routes, outlines };
}
