// Pure: the map's words as label requests for the shared declutter (src/scenes/declutter.ts), and the
// placements turned back into where each text is written. Sizes are the ones main.css gives the map's
// words (.map-labels …): the estimate of their boxes is only as good as that agreement, which a test checks.
import { overlaps, type Box } from "../box.ts";
import { around, declutterSteps, type Candidate, type LabelRequest, type Mark, type Placement } from "../declutter.ts";
import { textWidth, wrap } from "../text.ts";
import { apply, type Area, type Camera } from "./camera.ts";
import { inRing, insideCrossings, ringCrossings } from "./model.ts";
import type { Steps } from "../../schedule/steps.ts";

type Point = readonly [number, number];

/** Font sizes (CSS px) and weights of the map's words, as in main.css. */
export const MAP_FONT = {
  country: { size: 14, bold: true, spacing: 0.02 },
  pin: { size: 13, bold: false, spacing: 0 },
  flow: { size: 12.5, bold: true, spacing: 0 },
  note: { size: 12.5, bold: false, spacing: 0 },
  length: { size: 13, bold: true, spacing: 0 },
  legend: { size: 12, bold: false, spacing: 0 },
} as const;
type Font = (typeof MAP_FONT)[keyof typeof MAP_FONT];

/**
 * The height of a line of the map's words, in em: with the declutter's 2 px gap, the font's own box (1.44 em
 * for Source Sans 3, as Chromium lays it out) of one label does not reach another's. And the line step of
 * a label's next lines.
 */
const LINE = 1.3;
const NOTE_STEP = 1.15;
/** Room on each side of a text for its white halo (stroke 3–4 px). */
const HALO = 2;
/** Radius of a pin's dot and its white ring. */
export const PIN_RADIUS = 5;
/** An arrowhead is 3.2 stroke widths long (markerWidth in render.ts), 60 % of it before the route's end. */
const ARROW = 3.2;

export const lineWidth = (text: string, font: Font) => textWidth(text, font.size, font.bold) + font.spacing * font.size * [...text].length + 2 * HALO;

/** Where a text goes, relative to its anchor's point on screen: x, the baseline of the first line, and the anchor. */
export interface TextPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  /** The text's lines (a route's label or a note wraps to the room the picture has). */
  readonly lines: readonly string[];
  /** A thin line from near the anchor to the text, when the text had to move away from it: x1, y1, x2, y2. */
  readonly leader: readonly [number, number, number, number] | null;
}

export interface MapWords {
  readonly countries: readonly { id: string; text: string; at: Point }[];
  readonly pins: readonly { id: string; text: string; at: Point }[];
  readonly flows: readonly { id: string; text: string; width: number; samples: readonly Point[] }[];
  readonly notes: readonly { id: string; text: string; at: Point; dx: number; dy: number }[];
  readonly lengths: readonly { id: string; text: string; at: Point }[];
  /** The countries' outlines (base pixels, coarse): where their names may move. */
  readonly outlines: ReadonlyMap<string, readonly (readonly Point[])[]>;
  readonly legend: string | null;
}

export interface MapLabels {
  /** Per label id (`country:788`, `pin:zuwara`, `flow:sea-libya`, `note:…`, `length:…`): its placement. */
  readonly placements: ReadonlyMap<string, Placement>;
  /** Per label id: where its text is written, relative to its anchor point on screen; null when hidden. */
  readonly texts: ReadonlyMap<string, TextPlace | null>;
  /** The flow labels' anchor points (base pixels): the point on the route the label sits beside. */
  readonly flowAt: ReadonlyMap<string, Point>;
  /** The legend's lines, the baseline of its first line (screen) and the step between lines, or null. */
  readonly legend: { lines: readonly string[]; x: number; y: number; step: number } | null;
}

/**
 * A label's lines: one, or as few as fit in `room` px (a route's label or a note on a narrow picture). A
 * note splits at its separator when that gives two lines that fit.
 */
function linesOf(text: string, font: Font, room: number, split = false): string[] {
  if (!split && lineWidth(text, font) <= room) return [text];
  const halves = splitLabel(text);
  if (split && halves.every((l) => lineWidth(l, font) <= room)) return halves;
  return wrap(text, room - 2 * HALO, font.size, font.bold);
}

/** Splits a long annotation at the separator nearest its middle, for two short lines. */
export function splitLabel(label: string, max = 28): string[] {
  if (label.length <= max) return [label];
  const cuts = [...label.matchAll(/[:,] /g)].map((m) => m.index! + 1);
  if (!cuts.length) return [label];
  const cut = cuts.reduce((a, b) => (Math.abs(b - label.length / 2) < Math.abs(a - label.length / 2) ? b : a));
  return [label.slice(0, cut).trim(), label.slice(cut).trim()];
}
const blockHeight = (lines: readonly unknown[], font: Font) => font.size * (LINE + NOTE_STEP * (lines.length - 1));

/** The legend's lines, wrapped to the area's width, and the band it takes at the bottom of the area. */
const LEGEND_BOTTOM = 6;
const legendLines = (text: string, area: Area) => {
  const lines = wrap(text, area.width - 24, MAP_FONT.legend.size);
  // Wrapped, its lines are balanced, leaving the bottom right corner to the map's words.
  return lines.length < 2 ? lines : wrap(text, (lineWidth(text, MAP_FONT.legend) / lines.length) * 1.1, MAP_FONT.legend.size);
};
export const legendBand = (text: string | null, area: Area): number => (text ? legendLines(text, area).length * MAP_FONT.legend.size * LINE + LEGEND_BOTTOM + 4 : 0);

/** Past this distance (px) from its point, a label gets a leader line back to it. */
const LEADER = 14;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** The point of box b nearest p. */
const nearest = ([x, y]: Point, b: Box): Point => [clamp(x, b.x, b.x + b.width), clamp(y, b.y, b.y + b.height)];

/**
 * Boxes further from p, across the whole picture (a grid), nearest first: where a label goes, with a
 * leader line, when every box near its point is taken. At most `count`.
 */
function farther(p: Point, width: number, height: number, bounds: Box, count = 150): Box[] {
  const step = 16;
  const found: { d: number; x: number; y: number }[] = [];
  for (let x = bounds.x; x + width <= bounds.x + bounds.width; x += step)
    for (let y = bounds.y; y + height <= bounds.y + bounds.height; y += step) {
      const [dx, dy] = [clamp(p[0], x, x + width) - p[0], clamp(p[1], y, y + height) - p[1]];
      const d = dx * dx + dy * dy; // squared: the same order, without a square root per box
      if (d > LEADER * LEADER) found.push({ d, x, y });
    }
  return found
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map(({ x, y }) => ({ x, y, width, height }));
}

/**
 * The leader line from the nearest of `from` (a pin's dot, a note's place, a route's points) to box b, or
 * null when b is near enough to need none: it starts just off the point (clear of a dot).
 */
function leaderTo(from: readonly Point[], b: Box): [Point, Point] | null {
  // The nearest point (the first of equals), by squared distance: this runs for every candidate box.
  let p = from[0];
  let best = Infinity;
  for (const c of from) {
    const [dx, dy] = [clamp(c[0], b.x, b.x + b.width) - c[0], clamp(c[1], b.y, b.y + b.height) - c[1]];
    const d = dx * dx + dy * dy;
    if (d < best) [p, best] = [c, d];
  }
  const far = Math.sqrt(best);
  if (far <= LEADER) return null;
  const [nx, ny] = nearest(p, b);
  const start = (PIN_RADIUS + 1) / far;
  return [[p[0] + (nx - p[0]) * start, p[1] + (ny - p[1]) * start], [nx, ny]];
}

/** A box with its leader line, which other labels must keep off (declutter.ts). */
function withLeader(from: readonly Point[], b: Box): Candidate {
  const leader = leaderTo(from, b);
  return leader ? { ...b, leader } : b;
}

const centred = ([x, y]: Point, width: number, height: number): Box => ({ x: x - width / 2, y: y - height / 2, width, height });

/** Points every `step` px along a polyline (screen), so that a stretch of route is a row of small boxes. */
function along(points: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let s = 0; s < n; s++) out.push([x0 + ((x1 - x0) * s) / n, y0 + ((y1 - y0) * s) / n]);
  }
  out.push(points[points.length - 1]);
  return out;
}

/**
 * Places the map's words for a camera, inside `area` (the part of the viewport the reader sees). Every
 * word the step names is placed; none overlaps another or a mark it does not belong to, when there is room.
 * In pieces (src/schedule/steps.ts): a country's, pin's, route's or note's boxes, or a step of the declutter.
 */
export function* placeMapLabelsSteps(words: MapWords, camera: Camera, area: Area): Steps<MapLabels> {
  const screen = (p: Point) => apply(camera, p);
  const bounds: Box = { x: area.x + 2, y: area.y + 2, width: area.width - 4, height: area.height - 4 };
  const marks: Mark[] = [];
  const requests: LabelRequest[] = [];

  // The legend first: it is fixed at the bottom left of the area, wrapped to its width.
  let legend: MapLabels["legend"] = null;
  if (words.legend) {
    const f = MAP_FONT.legend;
    const lines = legendLines(words.legend, area);
    const height = lines.length * f.size * LINE;
    const top = area.y + area.height - LEGEND_BOTTOM - height;
    legend = { lines, x: area.x + 10, y: top + f.size * 0.9, step: f.size * LINE };
    marks.push({ id: "legend", box: { x: area.x + 8, y: top, width: Math.max(...lines.map((l) => lineWidth(l, f))), height } });
  }

  for (const p of words.pins) {
    const [x, y] = screen(p.at);
    marks.push({ id: `pin:${p.id}`, box: centred([x, y], 2 * PIN_RADIUS, 2 * PIN_RADIUS) });
  }

  // Routes: a row of boxes as wide as the line, and a box for the arrowhead.
  const flowAt = new Map<string, Point>();
  const flowSides = new Map<string, { at: Point; normal: Point }[]>();
  for (const f of words.flows) {
    const pts = f.samples.map(screen);
    const half = f.width / 2 + 1;
    for (const [x, y] of along(pts, Math.max(2, half))) marks.push({ id: `route:${f.id}`, box: centred([x, y], 2 * half, 2 * half) });
    // The arrowhead: a triangle ARROW widths long and wide, 60 % of it before the end; boxes along its axis.
    const head = ARROW * f.width;
    const [[px, py], [ex, ey]] = pts.slice(-2);
    const len = Math.hypot(ex - px, ey - py) || 1;
    for (let s = 0; s < 1; s += 0.125) {
      const along = (s - 0.6) * head;
      marks.push({ id: `route:${f.id}`, box: centred([ex + ((ex - px) / len) * along, ey + ((ey - py) / len) * along], head * (1 - s), head * (1 - s)) });
    }
    // Where a label may sit: beside the curve, at points from its middle outwards, on either side.
    const sides: { at: Point; normal: Point }[] = [];
    const n = f.samples.length - 1;
    for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]) {
      const i = Math.round(t * n);
      const [a, b] = [pts[Math.max(0, i - 1)], pts[Math.min(n, i + 1)]];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      const normal: Point = [(b[1] - a[1]) / len, -(b[0] - a[0]) / len];
      sides.push({ at: f.samples[i], normal }, { at: f.samples[i], normal: [-normal[0], -normal[1]] });
    }
    flowSides.set(f.id, sides);
    flowAt.set(f.id, f.samples[Math.round(0.5 * n)]);
  }

  for (const p of words.pins) {
    const f = MAP_FONT.pin;
    const [w, h] = [lineWidth(p.text, f), f.size * LINE];
    const at = screen(p.at);
    // Beside the pin, then further out (a pin under an arrowhead has its label past the head).
    const candidates = [...[0, 1, 2, 3].flatMap((i) => around(at, w, h, PIN_RADIUS + 2 + i * h)), ...farther(at, w, h, bounds)].map((b) => withLeader([at], b));
    requests.push({ id: `pin:${p.id}`, priority: 4, named: true, owns: [`pin:${p.id}`], candidates });
    yield;
  }
  /** The widest a label's line may be: about 40 % of the picture, never under 130 px. */
  const room = Math.max(130, Math.min(240, area.width * 0.4));
  const lines = new Map<string, string[]>();
  for (const fl of words.flows) {
    const f = MAP_FONT.flow;
    const ls = linesOf(fl.text, f, area.width >= 600 ? Math.max(room, area.width * 0.5) : room);
    lines.set(`flow:${fl.id}`, ls);
    const [w, h] = [Math.max(...ls.map((l) => lineWidth(l, f))), blockHeight(ls, f)];
    const candidates = flowSides.get(fl.id)!.flatMap(({ at, normal: [nx, ny] }) => {
      const [x, y] = screen(at);
      const reach = Math.abs(nx) * (w / 2) + Math.abs(ny) * (h / 2);
      return [0, 6, 14].map((extra) => {
        const off = fl.width / 2 + 3 + reach + extra;
        return centred([x + nx * off, y + ny * off], w, h);
      });
    });
    // Nearest the route first, then further out along the same points.
    const mid = screen(flowAt.get(fl.id)!);
    const on = fl.samples.map(screen);
    requests.push({
      id: `flow:${fl.id}`,
      priority: 3,
      named: true,
      candidates: [...candidates.filter((_, i) => i % 3 === 0), ...candidates.filter((_, i) => i % 3 === 1), ...candidates.filter((_, i) => i % 3 === 2), ...farther(mid, w, h, bounds)].map((b) => withLeader(on, b)),
    });
    yield;
  }
  for (const n of words.notes) {
    const f = MAP_FONT.note;
    const ls = linesOf(n.text, f, room, true);
    lines.set(`note:${n.id}`, ls);
    const w = Math.max(...ls.map((l) => lineWidth(l, f)));
    const h = blockHeight(ls, f);
    const [x, y] = screen(n.at);
    // First in the corner the note's data asks for (dx, dy), then all around, further and further.
    const corner = (d: number): Box => ({ x: n.dx < 0 ? x - d - w : x + d, y: n.dy < 0 ? y - d / 2 - h : y + d / 2, width: w, height: h });
    const candidates = [...[8, 24, 48].flatMap((d) => [corner(d), ...around([x, y], w, h, d)]), ...farther([x, y], w, h, bounds)].map((b) => withLeader([[x, y]], b));
    requests.push({ id: `note:${n.id}`, priority: 2, named: true, candidates });
    yield;
  }
  for (const l of words.lengths) {
    const f = MAP_FONT.length;
    const [w, h] = [lineWidth(l.text, f), f.size * LINE];
    const at = screen(l.at);
    requests.push({ id: `length:${l.id}`, priority: 1.5, named: true, candidates: [centred(at, w, h), ...around(at, w, h, 4), ...around(at, w, h, 4 + h)] });
  }
  for (const c of words.countries) {
    const f = MAP_FONT.country;
    const [w, h] = [lineWidth(c.text, f), f.size * LINE];
    const at = screen(c.at);
    // Inside the country's outline and the picture, on a grid of the picture, nearest the anchor first.
    // (Only the rings whose box meets the picture are tested.)
    const [[bx0, by0], [bx1, by1]] = [[bounds.x, bounds.y], [bounds.x + bounds.width, bounds.y + bounds.height]].map(([x, y]) => [(x - camera.x) / camera.k, (y - camera.y) / camera.k]);
    const rings = (words.outlines.get(c.id) ?? []).filter((ring) => ring.some(([x, y]) => x >= bx0 && x <= bx1 && y >= by0 && y <= by1) || ring.length > 2 && inRing([(bx0 + bx1) / 2, (by0 + by1) / 2], ring));
    // The grid's points inside the country, nearest the anchor first. A grid row is one line across the
    // rings: their crossings are found once a row, not once a point. A point outside a ring's box is outside it.
    const boxes = rings.map(ringBox);
    const inner: Point[] = [];
    if (rings.length)
      for (let y = bounds.y + h / 2; y <= bounds.y + bounds.height - h / 2; y += 12) {
        const by = (y - camera.y) / camera.k;
        const crossings = rings.map((ring, i) => (by >= boxes[i][1] && by <= boxes[i][3] ? ringCrossings(by, ring) : null));
        for (let x = bounds.x + w / 2; x <= bounds.x + bounds.width - w / 2; x += 16) {
          const bx = (x - camera.x) / camera.k;
          if (crossings.some((xs, i) => xs !== null && bx >= boxes[i][0] && bx <= boxes[i][2] && insideCrossings(bx, xs))) inner.push([x, y]);
        }
      }
    const d = ([x, y]: Point) => (x - at[0]) ** 2 + (y - at[1]) ** 2;
    // In the grid's order (by column, then row) among equals, as before the rows were scanned.
    const order = (a: Point, b: Point) => d(a) - d(b) || a[0] - b[0] || a[1] - b[1];
    inner.sort(order).splice(80);
    // Last, when no part of the country is in the picture: at the picture's edge, towards it.
    const edge: Point = [clamp(at[0], bounds.x + w / 2, bounds.x + bounds.width - w / 2), clamp(at[1], bounds.y + h / 2, bounds.y + bounds.height - h / 2)];
    const alongEdge = [0, 1, -1, 2, -2, 3, -3, 4, -4].map((i): Box => centred(at[1] < bounds.y || at[1] > bounds.y + bounds.height ? [edge[0] + i * w * 0.6, edge[1]] : [edge[0], edge[1] + i * h], w, h));
    requests.push({ id: `country:${c.id}`, priority: 2.5, named: true, candidates: [centred(at, w, h), ...around(at, w, h, h / 2), ...inner.map((p) => centred(p, w, h)), ...alongEdge] });
    yield;
  }

  // Marks outside the picture cannot meet a label inside it.
  const near = (m: Mark) => overlaps(m.box, bounds, 4);
  const placements = yield* declutterSteps(requests, marks.filter(near), bounds);

  // Back to texts: where each is written relative to its anchor's point on screen.
  const texts = new Map<string, TextPlace | null>();
  /** `from`: the points (screen) a leader may start from, nearest the box; the anchor's point by default. */
  const write = (id: string, anchorAt: Point, font: Font, middle: boolean, text = "", from?: readonly Point[], sideOf: Point = anchorAt) => {
    const box = placements.get(id)?.box;
    if (!box) return void texts.set(id, null);
    const [ax, ay] = screen(anchorAt);
    const [sx] = screen(sideOf);
    // The leader line the declutter kept clear (countries' names and lengths have none).
    const line = font !== MAP_FONT.country && font !== MAP_FONT.length ? leaderTo(from ?? [[ax, ay]], box) : null;
    const leader = line ? ([round(line[0][0] - ax), round(line[0][1] - ay), round(line[1][0] - ax), round(line[1][1] - ay)] as const) : null;
    const anchor = middle ? "middle" : box.x >= sx ? "start" : box.x + box.width <= sx ? "end" : "middle";
    const x = anchor === "start" ? box.x + HALO : anchor === "end" ? box.x + box.width - HALO : box.x + box.width / 2;
    // The baseline of the first line: the line box's middle plus a third of the size (the caps' middle).
    // (A country's name is set with dominant-baseline: middle, so its y is the box's middle.)
    const y = box.y + (font.size * LINE) / 2 + (font === MAP_FONT.country ? 0 : font.size * 0.33);
    texts.set(id, { x: round(x - ax), y: round(y - ay), anchor, lines: lines.get(id) ?? [text], leader });
  };
  for (const p of words.pins) write(`pin:${p.id}`, p.at, MAP_FONT.pin, false, p.text);
  for (const fl of words.flows) write(`flow:${fl.id}`, flowAt.get(fl.id)!, MAP_FONT.flow, true, fl.text, fl.samples.map(screen));
  for (const n of words.notes) write(`note:${n.id}`, n.at, MAP_FONT.note, false, n.text);
  for (const l of words.lengths) write(`length:${l.id}`, l.at, MAP_FONT.length, true, l.text);
  for (const c of words.countries) write(`country:${c.id}`, c.at, MAP_FONT.country, true, c.text);
  return { placements, texts, flowAt, legend };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A ring's bounding box, [x0, y0, x1, y1]. */
function ringBox(ring: readonly Point[]): readonly [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

