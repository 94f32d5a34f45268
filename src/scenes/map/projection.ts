import { geoConicConformal, type GeoProjection } from "d3-geo";

/** The region the base view shows: [west, south, east, north] in degrees (as in scripts/build-geo.mjs). */
export const REGION_VIEW: readonly [number, number, number, number] = [-17, 4, 40, 47];

/** A conformal conic centred on the central Mediterranean, fitted so the whole region fills the viewport. */
export function regionProjection(width: number, height: number): GeoProjection {
  const [w, s, e, n] = REGION_VIEW;
  const outline = {
    type: "MultiPoint" as const,
    coordinates: [[w, s], [e, s], [w, n], [e, n], [(w + e) / 2, s], [(w + e) / 2, n]],
  };
  // precision(0): no adaptive resampling; Natural Earth's vertices are already dense enough, and
  // resampling would triple the cost of projecting the region.
  return geoConicConformal().parallels([20, 40]).rotate([-12, 0]).precision(0).fitSize([width, height], outline);
}
