// Pure: the one rectangle of the scenes, and the tests on it (overlap, containment), shared by every
// layout and by the label declutter.

/** Axis-aligned boxes (x, y top-left) for overlap tests. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two boxes overlap, or come within `gap` px of each other (edges that just touch do not count). */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** True when `inner` lies inside `outer` (edges may touch; a rounding error of 1e-6 px is forgiven). */
export const inside = (inner: Box, outer: Box, e = 1e-6): boolean =>
  inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;

/** The area two boxes share (0 when apart). */
export const overlapArea = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * True when the segment from a to b passes through the box grown by `gap` (Liang–Barsky clipping): a leader
 * line against a label.
 */
export function crosses([x0, y0]: readonly [number, number], [x1, y1]: readonly [number, number], b: Box, gap = 0): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [x1 - x0, y1 - y0];
  for (const [p, q] of [[-dx, x0 - (b.x - gap)], [dx, b.x + b.width + gap - x0], [-dy, y0 - (b.y - gap)], [dy, b.y + b.height + gap - y0]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}
