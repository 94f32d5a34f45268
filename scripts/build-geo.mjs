#!/usr/bin/env node
// Builds assets/geo/region.topo.json from Natural Earth (world-atlas 2.0.2, Natural Earth 4.1.0).
// Reproducible: same inputs, same bytes. Run with `npm run geo`; the output is committed.
//
// Recipe
// 1. Read countries-10m.json from world-atlas and convert every country to GeoJSON.
// 2. Clip each country to the region box (lon/lat rectangle) so that large neighbours
//    (Russia, Saudi Arabia) add only the part the camera can see.
// 3. Build one topology so that shared borders are shared arcs (no seams between countries).
// 4. Simplify with Visvalingam weights: full 10m detail is kept inside the close-up box around
//    the three shared borders (Algeria–Tunisia, Algeria–Libya, Libya–Tunisia); elsewhere only what
//    the region-wide camera needs.
// 5. Quantize and write. Country ids are ISO 3166-1 numeric strings, as in world-atlas.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, filter, filterWeight } from "topojson-simplify";
import { quantize } from "topojson-client";

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"));

/** The region: North Africa, the Sahel, southern Europe, the Mediterranean. [west, south, east, north] */
export const REGION = [-20, 2, 44, 49];
/** Close-up box around the three shared borders, where 10m detail is kept. */
export const DETAIL = [2, 23, 16, 38];
/** Smallest Visvalingam triangle kept (square degrees): about a pixel at the region camera, and at the close-up. */
const MIN_WEIGHT_REGION = 2e-3;
const MIN_WEIGHT_DETAIL = 5e-5;
const QUANTIZATION = 4e4;

function clipRing(ring, [x0, y0, x1, y1]) {
  // Sutherland–Hodgman against the four edges of the box, in lon/lat.
  const edges = [
    [(p) => p[0] >= x0, (a, b) => lerpX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => lerpX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => lerpY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => lerpY(a, b, y1)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (!out.length) return null;
  }
  if (out.length < 3) return null;
  out.push(out[0]);
  return out.map(([x, y]) => [round(x), round(y)]);
}
const round = (v) => Math.round(v * 1e6) / 1e6;
const lerpX = (a, b, x) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const lerpY = (a, b, y) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

function clipGeometry(geometry, box) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => clipRing(ring, box));
    if (outer) kept.push([outer, ...holes.filter(Boolean)]);
  }
  if (!kept.length) return null;
  return kept.length === 1 ? { type: "Polygon", coordinates: kept[0] } : { type: "MultiPolygon", coordinates: kept };
}

const inside = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const countries = feature(world, world.objects.countries).features;
const features = {};
for (const country of countries) {
  if (!country.geometry || !country.id) continue; // a few disputed areas have no ISO id
  const geometry = clipGeometry(country.geometry, REGION);
  if (!geometry) continue;
  features[country.id] = { type: "Feature", id: country.id, properties: { name: country.properties.name }, geometry };
}

let topo = topology({ countries: { type: "FeatureCollection", features: Object.values(features).sort((a, b) => a.id.localeCompare(b.id)) } });
topo = presimplify(topo);
// Weights are planar areas in degrees; inside the detail box scale them up so that the same global threshold
// keeps 10m detail there. Arcs stay shared, so no seam appears where the two levels meet.
const boost = MIN_WEIGHT_REGION / MIN_WEIGHT_DETAIL;
for (const arc of topo.arcs) for (const point of arc) if (inside(point, DETAIL) && Number.isFinite(point[2])) point[2] *= boost;
topo = simplify(topo, MIN_WEIGHT_REGION);
topo = filter(topo, filterWeight(topo, MIN_WEIGHT_REGION));
for (const arc of topo.arcs) for (const point of arc) point.length = 2;
topo = quantize(topo, QUANTIZATION);
topo.metadata = {
  source: "Natural Earth 1:10m Admin 0 countries, version 4.1.0, via world-atlas 2.0.2 (public domain)",
  recipe: "scripts/build-geo.mjs",
  region: REGION,
  detail: DETAIL,
};
const out = new URL("../assets/geo/region.topo.json", import.meta.url);
writeFileSync(out, JSON.stringify(topo));
console.log(`wrote ${out.pathname}: ${Object.keys(features).length} countries, ${topo.arcs.length} arcs, ${JSON.stringify(topo).length} bytes`);
