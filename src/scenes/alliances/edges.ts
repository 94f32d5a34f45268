// Pure: the line of each relation, computed from the layout of ALL actors and ALL relations, so a line never
// moves when another one comes or goes.
//
// - A two-sided relation is a gentle arc (a quadratic curve) between the two nodes, trimmed at their focus
//   rings. The arc bends away from any other node it would cross. Several relations between the same pair
//   (China–Algeria: partnership and Belt and Road; US–NATO: membership and tension) are fanned out by a fixed
//   step, in id order, so they never lie on each other.
// - A many-sided relation (the trilateral task force, the Arab Maghreb Union) is a ring: the rounded convex
//   hull around its members' nodes and names. Rings read as "these belong together" without a made-up hub
//   node, and two rings over the same states nest (each type has its own padding) instead of crossing. A
//   hub with spokes was the alternative; with three of the four AMU states also in the task force its spokes
//   crossed the task force's and the Maghreb labels.
import { overlaps } from "../box.ts";
import type { Box, DiagramLayout, NodePlace } from "./layout.ts";
import type { Steps } from "../../schedule/steps.ts";
import { STYLES, type MarkerKind } from "./styles.ts";
import { relationParties, type RelationRecord, type RelationType } from "./types.ts";

export type Pt = readonly [number, number];

export type Geometry =
  | { readonly kind: "quad"; readonly p0: Pt; readonly c: Pt; readonly p1: Pt }
  | { readonly kind: "poly"; readonly points: readonly Pt[]; readonly closed: boolean };

/** A candidate place for a relation's label: a point, and the direction the label box extends from it. */
export interface LabelSpot {
  readonly at: Pt;
  /** Unit vector: the box is placed on this side of `at`. */
  readonly away: Pt;
}

export interface EdgeShape {
  readonly id: string;
  readonly type: RelationType;
  readonly parties: readonly string[];
  readonly geometry: Geometry;
  /** The marker glyph as path data (absolute), or null. */
  readonly marker: { readonly kind: MarkerKind; readonly d: string } | null;
  /** Label places in order of preference. */
  readonly spots: readonly LabelSpot[];
}

const FAN = 22; // px between parallel arcs at their middle
const GAP = 3; // px between a node's focus ring and the end of a line
const WAVE = { amplitude: 3, length: 11 };

/** Every relation's line, one relation per piece (src/schedule/steps.ts): the diagram's costliest work. */
export function* edgeShapeSteps(relations: readonly RelationRecord[], layout: DiagramLayout): Steps<Map<string, EdgeShape>> {
  const out = new Map<string, EdgeShape>();
  const fs = layout.focusScale;
  // Parallel two-sided relations, per unordered pair, in id order.
  const pairs = new Map<string, string[]>();
  for (const r of [...relations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (isMany(r)) continue;
    const key = pairKey(r);
    pairs.set(key, [...(pairs.get(key) ?? []), r.id]);
  }
  // Lines already laid, for later ones to keep off (sampled points, with the pair they join).
  const laid: { key: string; points: Pt[]; box: Box }[] = [];
  for (const r of relations) {
    yield;
    const parties = relationParties(r);
    const nodes = parties.map((id) => layout.nodes.get(id));
    if (nodes.some((n) => !n)) continue;
    const style = STYLES[r.type];
    if (!style) continue;
    if (isMany(r) || style.ring !== null) {
      const hull = ring(nodes as NodePlace[], style.ring ?? 10, fs, layout.nodeArea);
      out.set(r.id, { id: r.id, type: r.type, parties, geometry: { kind: "poly", points: hull, closed: true }, marker: null, spots: ringSpots(hull) });
      continue;
    }
    const a = end(layout.nodes.get(r.from)!, r.fromPart);
    const b = end(layout.nodes.get(r.to)!, r.toPart);
    const key = pairKey(r);
    const siblings = pairs.get(key) ?? [r.id];
    const index = siblings.indexOf(r.id);
    // Bend in the frame of the pair's sorted order, so that "from" and "to" order does not flip the fan.
    const flipped = r.from > r.to;
    const [p, q] = flipped ? [b, a] : [a, b];
    const others = [...layout.nodes].filter(([id]) => id !== r.from && id !== r.to).map(([, n]) => n);
    const lines = laid.filter((l) => l.key !== key);
    const base = chooseBend(p, q, others, lines, fs, siblings.length, layout.nodeArea);
    const bend = base + (index - (siblings.length - 1) / 2) * FAN;
    let quad = arc(p, q, bend, fs);
    if (flipped) quad = { kind: "quad", p0: quad.p1, c: quad.c, p1: quad.p0 };
    const points = samples(quad, 8);
    laid.push({ key, points, box: bboxOf(points) });
    const geometry: Geometry = style.wave ? wave(quad) : quad;
    const mid = bezier(quad, 0.5);
    const tangent = unit(sub(quad.p1, quad.p0));
    const normal = unit(sub(mid, lerp(quad.p0, quad.p1, 0.5)), [-tangent[1], tangent[0]]);
    const marker =
      style.marker === "none"
        ? null
        : style.directed
          ? { kind: style.marker, d: markerPath(style.marker, quad.p1, angleAt(quad, 1), style.width) }
          : { kind: style.marker, d: markerPath(style.marker, mid, angleAt(quad, 0.5), style.width) };
    // The label sits on its own line (its halo interrupts the line), away from the marker at the middle;
    // failing that, beside the line.
    const on: Pt = [0, 0];
    const spots: LabelSpot[] = [
      ...[0.72, 0.28, 0.8, 0.2, 0.64, 0.36].map((t) => ({ at: bezier(quad, t), away: on })),
      ...[0.5, 0.3, 0.7].flatMap((t): LabelSpot[] => [
        { at: bezier(quad, t), away: normal },
        { at: bezier(quad, t), away: [-normal[0], -normal[1]] },
      ]),
    ];
    out.set(r.id, { id: r.id, type: r.type, parties, geometry, marker, spots });
  }
  return out;
}

const pairKey = (r: RelationRecord) => [r.from, r.to].sort().join("|");

/** Points along a line, for keeping other lines and labels off it. */
export function samples(g: Geometry, every = 6): Pt[] {
  if (g.kind === "quad") {
    const n = Math.max(4, Math.round(arcLength(g) / every));
    return Array.from({ length: n + 1 }, (_, i) => bezier(g, i / n));
  }
  const pts = g.closed ? [...g.points, g.points[0]] : g.points;
  const out: Pt[] = [];
  pts.slice(1).forEach((p, i) => {
    const n = Math.max(1, Math.round(Math.hypot(p[0] - pts[i][0], p[1] - pts[i][1]) / every));
    for (let k = 0; k < n; k++) out.push(lerp(pts[i], p, k / n));
  });
  return out;
}

const isMany = (r: RelationRecord) => (r.members?.length ?? 0) > 2;

/** The circle an edge attaches to: the node, or one of its halves. */
function end(n: NodePlace, part: string | undefined): { x: number; y: number; r: number } {
  const p = part ? n.parts.find((q) => q.id === part) : undefined;
  return p ? { x: p.x, y: p.y, r: n.r } : n;
}

type Circle = { x: number; y: number; r: number };

/** The quadratic arc from p to q whose middle sits `bend` px to the left of the straight line. */
function arc(p: Circle, q: Circle, bend: number, fs: number): Extract<Geometry, { kind: "quad" }> {
  const d = unit([q.x - p.x, q.y - p.y]);
  const n: Pt = [-d[1], d[0]];
  const mid: Pt = [(p.x + q.x) / 2, (p.y + q.y) / 2];
  const c: Pt = [mid[0] + n[0] * 2 * bend, mid[1] + n[1] * 2 * bend];
  const trim = (from: Circle): Pt => {
    const dir = unit([c[0] - from.x, c[1] - from.y]);
    const k = from.r * fs + GAP;
    return [from.x + dir[0] * k, from.y + dir[1] * k];
  };
  return { kind: "quad", p0: round(trim(p)), c: round(c), p1: round(trim(q)) };
}

/**
 * The gentlest bend (px at the middle) that keeps the arc (and its fan) clear of every other node, inside the
 * diagram and, if it can, off the lines already laid. Candidates alternate sides and grow; the first clear one wins.
 */
function chooseBend(p: Circle, q: Circle, others: readonly NodePlace[], lines: readonly { points: readonly Pt[]; box: Box }[], fs: number, fan: number, bounds: Box): number {
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  const gentle = Math.max(6, Math.min(22, length * 0.08));
  const spread = ((fan - 1) / 2) * FAN;
  const candidates = [1, -1, 0.5, -0.5, 0.15, -0.15, 1.6, -1.6, 2.3, -2.3, 3, -3, 4, -4, 5, -5, 6.5, -6.5].map((k) => k * gentle);
  const CLEAR = 8;
  // Near its own ends a line may meet others (they share the node).
  const nearEnds = ([x, y]: Pt) => distance(x - p.x, y - p.y) < p.r * fs + 24 || distance(x - q.x, y - q.y) < q.r * fs + 24;
  // The hot loop of the diagram's layout (it runs while the reader reads, in idle time): plain sqrt, not
  // Math.hypot, which is several times slower in V8. With lines, a candidate that already fails the nodes
  // test is dropped at once: only "clear or not" matters there.
  const score = (base: number, withLines: boolean) => {
    let nodes = Infinity;
    let apart = Infinity;
    for (const offset of fan > 1 ? [base - spread, base + spread] : [base]) {
      const quad = arc(p, q, offset, fs);
      const pts = Array.from({ length: 31 }, (_, i) => bezier(quad, (i + 1) / 32));
      for (const pt of pts) {
        const [x, y] = pt;
        const out = Math.max(bounds.x - x, x - (bounds.x + bounds.width), bounds.y - y, y - (bounds.y + bounds.height));
        nodes = Math.min(nodes, -out - 4);
        for (const n of others) {
          // Clear of the circle, of the name under it and of the names of its parts.
          nodes = Math.min(nodes, distance(x - n.x, y - n.y) - n.r * fs, boxDistance(pt, n.label.box) + 2);
          for (const part of n.parts) nodes = Math.min(nodes, boxDistance(pt, part.label.box) + 4);
        }
        if (withLines && nodes < CLEAR) return { nodes, apart };
      }
      if (!withLines) continue;
      const box = bboxOf(pts, CLEAR);
      for (const line of lines) {
        if (!overlaps(line.box, box)) continue;
        for (const pt of pts) {
          if (nearEnds(pt)) continue;
          for (const [lx, ly] of line.points) apart = Math.min(apart, distance(pt[0] - lx, pt[1] - ly));
        }
      }
    }
    return { nodes, apart };
  };
  // Off other lines too if a gentle bend does it; never a hook just to dodge a line.
  for (const base of candidates.filter((k) => Math.abs(k) <= 2.3 * gentle)) {
    const { nodes, apart } = score(base, true);
    if (nodes >= CLEAR && apart >= CLEAR) return base;
  }
  // Then clear of the nodes by a good margin, then by a small one (a gentle arc that just clears beats a hook).
  const nodeScores = candidates.map((base) => ({ base, nodes: score(base, false).nodes }));
  return (
    nodeScores.find((c) => c.nodes >= CLEAR) ??
    nodeScores.find((c) => c.nodes >= 3) ??
    nodeScores.reduce((a, b) => (b.nodes > a.nodes ? b : a))
  ).base;
}

function bboxOf(points: readonly Pt[], pad = 0): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
}

function boxDistance([x, y]: Pt, b: Box): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
  return distance(dx, dy);
}

const distance = (dx: number, dy: number) => Math.sqrt(dx * dx + dy * dy);

/** The rounded convex hull around the members' focus circles and names, `pad` px out. */
function ring(members: readonly NodePlace[], pad: number, fs: number, bounds: Box): Pt[] {
  const points: Pt[] = [];
  const around = (x: number, y: number, radius: number, steps: number) => {
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * 2 * Math.PI;
      points.push([x + Math.cos(a) * radius, y + Math.sin(a) * radius]);
    }
  };
  for (const n of members) {
    around(n.x, n.y, n.r * fs + pad, 32);
    const b = n.label.box;
    for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]] as const) around(x, y, pad, 12);
  }
  // A ring that would leave the diagram runs along its edge instead.
  const inside = ([x, y]: Pt): Pt => [Math.min(bounds.x + bounds.width - 1, Math.max(bounds.x + 1, x)), Math.min(bounds.y + bounds.height - 1, Math.max(bounds.y + 1, y))];
  return hull(points.map(inside)).map(round);
}

/** Andrew's monotone chain, clockwise on screen, starting at the top-most point (so drawing starts there). */
function hull(points: readonly Pt[]): Pt[] {
  const ps = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Pt[] = [];
  for (const p of ps) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Pt[] = [];
  for (const p of [...ps].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  const all = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let top = 0;
  all.forEach((p, i) => {
    if (p[1] < all[top][1]) top = i;
  });
  return [...all.slice(top), ...all.slice(0, top)];
}

function ringSpots(points: readonly Pt[]): LabelSpot[] {
  // Then on the ring itself (its halo breaks the line there), the upper sides first, then the lower.
  const along = samples({ kind: "poly", points, closed: true }, 4);
  const at = (f: number) => along[Math.min(along.length - 1, Math.round(f * along.length))];
  const on: Pt = [0, 0];
  // First choice: inside the ring, in its middle, where it names what the ring holds.
  const inside: Pt = [along.reduce((s, p) => s + p[0], 0) / along.length, along.reduce((s, p) => s + p[1], 0) / along.length];
  return [{ at: inside, away: on }, ...[0.88, 0.12, 0.78, 0.22, 0.5, 0.65, 0.35].map((f) => ({ at: at(f), away: on }))];
}

/** A wavy line along the arc: tension. */
function wave(quad: Extract<Geometry, { kind: "quad" }>): Geometry {
  const length = arcLength(quad);
  const steps = Math.max(8, Math.round(length / 2.5));
  const points: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const [x, y] = bezier(quad, t);
    const a = angleAt(quad, t);
    // The wave fades to nothing at both ends, so the line meets the nodes cleanly.
    const envelope = Math.min(1, t * 8, (1 - t) * 8);
    const off = Math.sin((t * length * 2 * Math.PI) / WAVE.length) * WAVE.amplitude * envelope;
    points.push(round([x - Math.sin(a) * off, y + Math.cos(a) * off]));
  }
  return { kind: "poly", points, closed: false };
}

/** The legend's sample of a type: a short line (or a small ring) from (x, y) `width` px long, and its marker. */
export function legendSample(type: RelationType, x: number, y: number, width: number): { geometry: Geometry; marker: string | null } {
  const style = STYLES[type];
  if (style.ring !== null) {
    const h = 6;
    const r = h;
    const pts: Pt[] = [];
    const corner = (cx: number, cy: number, from: number) => {
      for (let i = 0; i <= 4; i++) {
        const a = from + (i / 4) * (Math.PI / 2);
        pts.push(round([cx + Math.cos(a) * r, cy + Math.sin(a) * r]));
      }
    };
    corner(x + width - r, y - h + r, -Math.PI / 2);
    corner(x + width - r, y + h - r, 0);
    corner(x + r, y + h - r, Math.PI / 2);
    corner(x + r, y - h + r, Math.PI);
    return { geometry: { kind: "poly", points: pts, closed: true }, marker: null };
  }
  const quad = { kind: "quad" as const, p0: [x, y] as Pt, c: [x + width / 2, y] as Pt, p1: [x + width, y] as Pt };
  const geometry = style.wave ? wave(quad) : quad;
  const marker =
    style.marker === "none" ? null : style.directed ? markerPath(style.marker, quad.p1, 0, style.width) : markerPath(style.marker, quad.c, 0, style.width);
  return { geometry, marker };
}

/** Path data of the geometry drawn from its start up to `t` (0..1): for drawing a line in. */
export function pathD(g: Geometry, t = 1): string {
  if (t <= 0) return "";
  if (g.kind === "quad") {
    if (t >= 1) return `M${fmt(g.p0)}Q${fmt(g.c)} ${fmt(g.p1)}`;
    const c = lerp(g.p0, g.c, t);
    return `M${fmt(g.p0)}Q${fmt(c)} ${fmt(bezier(g, t))}`;
  }
  const pts = g.closed ? [...g.points, g.points[0]] : g.points;
  if (t >= 1) return `M${pts.map(fmt).join("L")}${g.closed ? "Z" : ""}`;
  const lengths = pts.slice(1).map((p, i) => Math.hypot(p[0] - pts[i][0], p[1] - pts[i][1]));
  let left = lengths.reduce((s, l) => s + l, 0) * t;
  const out: Pt[] = [pts[0]];
  for (let i = 0; i < lengths.length && left > 0; i++) {
    if (lengths[i] <= left) {
      out.push(pts[i + 1]);
      left -= lengths[i];
    } else {
      out.push(lerp(pts[i], pts[i + 1], left / lengths[i]));
      left = 0;
    }
  }
  return `M${out.map(fmt).join("L")}`;
}

/** A marker glyph at `at`, rotated to `angle` (radians, along the line), sized for a line of `width`. */
export function markerPath(kind: MarkerKind, at: Pt, angle: number, width: number): string {
  const s = 3 + width; // half-size
  const shape: Pt[][] = (() => {
    switch (kind) {
      case "arrow": // tip at `at`, pointing along the line
        return [[[0, 0], [-2.6 * s, -1.2 * s], [-2.1 * s, 0], [-2.6 * s, 1.2 * s]]];
      case "diamond":
        return [[[s * 1.3, 0], [0, -s], [-s * 1.3, 0], [0, s]]];
      case "square":
        return [[[-s * 0.85, -s * 0.85], [s * 0.85, -s * 0.85], [s * 0.85, s * 0.85], [-s * 0.85, s * 0.85]]];
      case "bar": // across the line
        return [[[-1.2, -s * 1.5], [1.2, -s * 1.5], [1.2, s * 1.5], [-1.2, s * 1.5]]];
      default:
        return [];
    }
  })();
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const place = ([x, y]: Pt): Pt => [at[0] + x * cos - y * sin, at[1] + x * sin + y * cos];
  if (kind === "circle" || kind === "ring") {
    const r = kind === "circle" ? s * 0.95 : s * 1.05;
    const [rr, dd] = [n1(r), n1(2 * r)];
    return `M${fmt([at[0] - r, at[1]])}a${rr},${rr} 0 1,0 ${dd},0a${rr},${rr} 0 1,0 -${dd},0Z`;
  }
  return shape.map((poly) => `M${poly.map((p) => fmt(round(place(p)))).join("L")}Z`).join("");
}

// Small vector helpers.
export const bezier = (g: { p0: Pt; c: Pt; p1: Pt }, t: number): Pt => {
  const u = 1 - t;
  return [u * u * g.p0[0] + 2 * u * t * g.c[0] + t * t * g.p1[0], u * u * g.p0[1] + 2 * u * t * g.c[1] + t * t * g.p1[1]];
};
const angleAt = (g: { p0: Pt; c: Pt; p1: Pt }, t: number): number => {
  const dx = 2 * (1 - t) * (g.c[0] - g.p0[0]) + 2 * t * (g.p1[0] - g.c[0]);
  const dy = 2 * (1 - t) * (g.c[1] - g.p0[1]) + 2 * t * (g.p1[1] - g.c[1]);
  return Math.atan2(dy, dx);
};
function arcLength(g: { p0: Pt; c: Pt; p1: Pt }): number {
  let s = 0;
  let prev = g.p0;
  for (let i = 1; i <= 16; i++) {
    const p = bezier(g, i / 16);
    s += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  return s;
}
const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
function unit(v: Pt, fallback: Pt = [1, 0]): Pt {
  const l = Math.hypot(v[0], v[1]);
  return l < 1e-9 ? fallback : [v[0] / l, v[1] / l];
}
const n1 = (v: number) => String(Math.round(v * 10) / 10);
const round = (p: Pt): Pt => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
const fmt = (p: Pt) => `${n1(p[0])},${n1(p[1])}`;
