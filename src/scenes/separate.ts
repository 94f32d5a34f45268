// Pure: moves things apart until none overlaps another. Each thing is a set of boxes that move together (a
// node with its labels); a pair that overlaps is pushed apart along the axis where the overlap is smaller,
// each half the way (or all of it when the other is held by the bounds). Used where a layout's places
// crowd in a small picture; in a roomy one nothing overlaps and nothing moves.
import { overlaps, type Box } from "./box.ts";

export interface Movable {
  readonly id: string;
  /** The boxes it covers now, in the same pixels as the bounds. */
  readonly boxes: readonly Box[];
}

/** How far each thing moves (the same for all its boxes), by id: zero for those that need not. */
export function separate(things: readonly Movable[], bounds: Box, { gap = 2, rounds = 80 } = {}): Map<string, { dx: number; dy: number }> {
  const moved = things.map(() => ({ dx: 0, dy: 0 }));
  const extent = things.map((t) => hull(t.boxes));
  const at = (i: number) => {
    const e = extent[i];
    return { x: e.x + moved[i].dx, y: e.y + moved[i].dy, width: e.width, height: e.height };
  };
  const boxesAt = (i: number) => things[i].boxes.map((b) => ({ ...b, x: b.x + moved[i].dx, y: b.y + moved[i].dy }));
  // Keeps a thing inside the bounds: the room it has to move each way from where it is now.
  const room = (i: number) => {
    const e = at(i);
    return { left: e.x - bounds.x, right: bounds.x + bounds.width - e.x - e.width, up: e.y - bounds.y, down: bounds.y + bounds.height - e.y - e.height };
  };
  const shift = (i: number, dx: number, dy: number) => {
    const r = room(i);
    const x = Math.max(-Math.max(0, r.left), Math.min(Math.max(0, r.right), dx));
    const y = Math.max(-Math.max(0, r.up), Math.min(Math.max(0, r.down), dy));
    moved[i].dx += x;
    moved[i].dy += y;
    return [x, y] as const;
  };
  for (let round = 0; round < rounds; round++) {
    let clean = true;
    for (let i = 0; i < things.length; i++) {
      for (let j = i + 1; j < things.length; j++) {
        const push = penetration(boxesAt(i), boxesAt(j), gap);
        if (!push) continue;
        clean = false;
        // Along the axis of the smaller overlap, away from each other (by their hulls' centres; ids break ties).
        const [a, b] = [at(i), at(j)];
        const horizontal = push.x <= push.y;
        const sign = horizontal ? Math.sign(a.x + a.width / 2 - (b.x + b.width / 2)) || -1 : Math.sign(a.y + a.height / 2 - (b.y + b.height / 2)) || -1;
        const need = (horizontal ? push.x : push.y) + 0.01;
        const [mx, my] = shift(i, horizontal ? (sign * need) / 2 : 0, horizontal ? 0 : (sign * need) / 2);
        const left = need - Math.abs(horizontal ? mx : my);
        shift(j, horizontal ? -sign * left : 0, horizontal ? 0 : -sign * left);
      }
    }
    if (clean) break;
  }
  return new Map(things.map((t, i) => [t.id, { dx: round2(moved[i].dx), dy: round2(moved[i].dy) }]));
}

/** The largest overlap (with the gap) between any box of one and any box of the other, on each axis; null if none. */
function penetration(as: readonly Box[], bs: readonly Box[], gap: number): { x: number; y: number } | null {
  let best: { x: number; y: number } | null = null;
  for (const a of as)
    for (const b of bs) {
      if (!overlaps(a, b, gap)) continue;
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + gap;
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + gap;
      if (!best || Math.min(x, y) > Math.min(best.x, best.y)) best = { x, y };
    }
  return best;
}

function hull(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

const round2 = (v: number) => Math.round(v * 10) / 10;
