// Pure: where each label goes so that no label overlaps another, or a mark it does not belong to, and all
// stay inside the bounds. Each label brings the boxes it may take, best first (beside its pin, on either
// side of its route, …). Labels are placed by priority (the larger first among equals), the ones the step
// names before any other; each takes its first free box. When a label finds none, the placement is tried
// again with it placed first, so that the labels in its way move to other boxes of theirs; only then is a
// label hidden, and a named label is never hidden: it takes the box that overlaps least and is reported as
// not clean.
import { crosses, inside, overlapArea, overlaps, type Box } from "./box.ts";
import { drain, type Steps } from "../schedule/steps.ts";

export interface LabelRequest {
  readonly id: string;
  /** Higher is placed first. */
  readonly priority: number;
  /** Named by the step: moved as far as its boxes allow, never hidden. */
  readonly named: boolean;
  /** The boxes the label may take, best first, in the same pixels as the marks and bounds. */
  readonly candidates: readonly Candidate[];
  /** Ids of the marks the label belongs to, which it may overlap. */
  readonly owns?: readonly string[];
}

type Point = readonly [number, number];

/** A box a label may take, and the leader line it draws with it there, which other labels keep off. */
export type Candidate = Box & { readonly leader?: readonly [Point, Point] };

/** Something drawn that labels must keep off (a pin, a stretch of a route, an arrowhead, a legend). */
export interface Mark {
  readonly id: string;
  readonly box: Box;
}

export interface Placement {
  readonly id: string;
  /** The candidate taken (its index), or -1 when hidden. */
  readonly index: number;
  readonly box: Box | null;
  readonly hidden: boolean;
  /** False when a named label found no free box and overlaps something (a failure the tests report). */
  readonly clean: boolean;
}

/** The space kept between a label and any other label or mark, in px. */
export const GAP = 2;

/** How many times the placement is tried again with the labels that found no free box placed first. */
const RETRIES = 8;

export const declutter = (labels: readonly LabelRequest[], marks: readonly Mark[], bounds: Box, options?: { gap?: number; retries?: number }): Map<string, Placement> =>
  drain(declutterSteps(labels, marks, bounds, options));

/** declutter in pieces (src/schedule/steps.ts): a label's allowed boxes, or its placement in one try, a piece. */
export function* declutterSteps(labels: readonly LabelRequest[], marks: readonly Mark[], bounds: Box, { gap = GAP, retries = RETRIES } = {}): Steps<Map<string, Placement>> {
  // The boxes of each label inside the bounds and off the marks it does not own, best first: the same in every try.
  const near = markIndex(marks, gap);
  const allowed = new Map<LabelRequest, Candidate[]>();
  for (const l of labels) {
    allowed.set(l, l.candidates.filter((c) => inside(c, bounds) && !near.some(c, (m) => !l.owns?.includes(m.id) && overlaps(m.box, c, gap))));
    yield;
  }
  let order = labels
    .map((l, i) => [l, i] as const)
    .sort(([a, i], [b, j]) => +b.named - +a.named || b.priority - a.priority || area(b) - area(a) || i - j)
    .map(([l]) => l);
  let best = new Map<string, Placement>();
  for (let tries = 0; tries <= retries; tries++) {
    const next = new Map<string, Placement>();
    const taken: Box[] = [];
    const lines: (readonly [Point, Point])[] = [];
    const free = (c: Candidate) =>
      !taken.some((t) => overlaps(t, c, gap) || (c.leader && crosses(...c.leader, t, gap))) && !lines.some((l) => crosses(...l, c, gap));
    for (const label of order) {
      let box = allowed.get(label)!.find(free);
      let clean = true;
      if (!box && label.named && label.candidates.length) {
        // No free box: a named label still takes the one that overlaps least (inside the bounds if any is).
        const cost = (c: Box) => (inside(c, bounds) ? 0 : 1e6) + [...[...near.all(c)].filter((m) => !label.owns?.includes(m.id)).map((m) => m.box), ...taken].reduce((s, b) => s + overlapArea(b, c), 0);
        const costs = label.candidates.map(cost);
        box = label.candidates[costs.indexOf(Math.min(...costs))];
        clean = false;
      }
      if (box) taken.push(box);
      if (box?.leader) lines.push(box.leader);
      next.set(label.id, { id: label.id, index: box ? label.candidates.indexOf(box) : -1, box: box ?? null, hidden: !box, clean });
      yield;
    }
    if (!tries || score(next) < score(best)) best = next;
    // Again, with the labels left without a free box first (in their order), the rest in theirs.
    const stuck = order.filter((l) => !next.get(l.id)!.clean || next.get(l.id)!.hidden);
    if (!stuck.length) break;
    order = [...stuck, ...order.filter((l) => !stuck.includes(l))];
  }
  return best;
}

/** A label's size (its first box): among equals, the larger is placed first, while there is most room. */
const area = (l: LabelRequest) => (l.candidates[0] ? l.candidates[0].width * l.candidates[0].height : 0);

/** Named labels that overlap something count most, then hidden labels. */
const score = (placements: ReadonlyMap<string, Placement>) => [...placements.values()].reduce((s, p) => s + (p.clean ? 0 : 100) + +p.hidden, 0);

/**
 * The marks that may meet a box, from a grid of CELL px cells (a route is a row of hundreds of small boxes):
 * all of them (each once), or whether any passes a test (stopping at the first; this runs for every candidate).
 */
const CELL = 32;
function markIndex(marks: readonly Mark[], gap: number) {
  const cells = new Map<number, Mark[]>();
  const each = (b: Box, pad: number, f: (key: number) => boolean | void) => {
    for (let i = Math.floor((b.x - pad) / CELL); i <= (b.x + b.width + pad) / CELL; i++)
      for (let j = Math.floor((b.y - pad) / CELL); j <= (b.y + b.height + pad) / CELL; j++) if (f(i * 4096 + j)) return true;
    return false;
  };
  for (const m of marks)
    each(m.box, gap, (k) => {
      const cell = cells.get(k);
      if (cell) cell.push(m);
      else cells.set(k, [m]);
    });
  return {
    all(box: Box): Set<Mark> {
      const found = new Set<Mark>();
      each(box, 0, (k) => cells.get(k)?.forEach((m) => found.add(m)));
      return found;
    },
    some: (box: Box, test: (m: Mark) => boolean): boolean => each(box, 0, (k) => cells.get(k)?.some(test) ?? false),
  };
}

/** The boxes around a point, in order of preference: right, left, above, below, then the corners. */
export function around([x, y]: readonly [number, number], width: number, height: number, distance: number): Box[] {
  const d = distance;
  return [
    { x: x + d, y: y - height / 2, width, height },
    { x: x - d - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y - d - height, width, height },
    { x: x - width / 2, y: y + d, width, height },
    { x: x + d * 0.7, y: y - d * 0.7 - height, width, height },
    { x: x + d * 0.7, y: y + d * 0.7, width, height },
    { x: x - d * 0.7 - width, y: y - d * 0.7 - height, width, height },
    { x: x - d * 0.7 - width, y: y + d * 0.7, width, height },
  ];
}
