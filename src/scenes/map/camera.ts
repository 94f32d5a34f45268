// Pure camera maths: the camera is a zoom (k) and translation (x, y) applied to the base projection,
// so that moving it transforms one group instead of re-projecting every path.

export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export type { Viewport } from "../scene.ts";
import type { Viewport } from "../scene.ts";

export type Bounds = readonly [readonly [number, number], readonly [number, number]];

export const IDENTITY: Camera = { x: 0, y: 0, k: 1 };

/** A part of the viewport, in its pixels: where the subject of a step should sit. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The part of the viewport left clear of the text, where a scene puts its subject. On a phone the
 * passage cards cover the lower part of the graphic, so the subject is framed above them.
 */
export function clearArea(viewport: Viewport): Area {
  return { x: 0, y: 0, width: viewport.width, height: viewport.height * Math.min(1, Math.max(0.3, viewport.clear ?? 1)) };
}

/** The camera that fits `bounds` (base-projection pixels) inside `area` with `padding` on each side. */
export function fitCamera(bounds: Bounds, area: Area, padding = 0.08, maxK = 8): Camera {
  const [[x0, y0], [x1, y1]] = bounds;
  const w = Math.max(x1 - x0, 1e-6);
  const h = Math.max(y1 - y0, 1e-6);
  const k = Math.min(maxK, Math.max(1, Math.min((area.width * (1 - 2 * padding)) / w, (area.height * (1 - 2 * padding)) / h)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: area.x + area.width / 2 - cx * k, y: area.y + area.height / 2 - cy * k };
}

/** Union of several bounds. */
export function unionBounds(all: readonly Bounds[]): Bounds {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [[a, b], [c, d]] of all) {
    x0 = Math.min(x0, a); y0 = Math.min(y0, b); x1 = Math.max(x1, c); y1 = Math.max(y1, d);
  }
  return [[x0, y0], [x1, y1]];
}

/** Where a base-projection point lands on screen under a camera. */
export const apply = (c: Camera, [x, y]: readonly [number, number]): [number, number] => [x * c.k + c.x, y * c.k + c.y];

/** A camera as a van Wijk view [centre x, centre y, visible width], for d3-interpolate's interpolateZoom. */
export const toView = (c: Camera, v: Viewport): [number, number, number] => [(v.width / 2 - c.x) / c.k, (v.height / 2 - c.y) / c.k, v.width / c.k];
export const fromView = ([cx, cy, w]: readonly number[], v: Viewport): Camera => {
  const k = v.width / w;
  return { k, x: v.width / 2 - cx * k, y: v.height / 2 - cy * k };
};

export const cameraTransform = (c: Camera) => `translate(${round(c.x)},${round(c.y)}) scale(${round(c.k, 4)})`;
const round = (v: number, digits = 2) => Number(v.toFixed(digits));

/**
 * The screen-space move that turns a picture drawn under `drawn` into one under `c`: a point p drawn at
 * apply(drawn, p) belongs at apply(c, p) = shift.k * apply(drawn, p) + (shift.x, shift.y). The map moves
 * its drawn picture by this on the compositor between redraws.
 */
export function shiftBetween(drawn: Camera, c: Camera): Camera {
  const k = c.k / drawn.k;
  return { k, x: c.x - k * drawn.x, y: c.y - k * drawn.y };
}

/** A shift as a CSS transform (origin at the top left). */
export const cssShift = (s: Camera) => `translate(${s.x.toFixed(2)}px, ${s.y.toFixed(2)}px) scale(${s.k.toFixed(5)})`;

/**
 * Whether a picture drawn `margin` px past every edge of the viewport still covers the whole viewport
 * once moved by `shift`. If not, the moved picture would show empty edges, and the map draws it again.
 */
export function covers(shift: Camera, viewport: Viewport, margin: number): boolean {
  const { width: w, height: h } = viewport;
  return shift.x - shift.k * margin <= 0 && shift.x + shift.k * (w + margin) >= w && shift.y - shift.k * margin <= 0 && shift.y + shift.k * (h + margin) >= h;
}
