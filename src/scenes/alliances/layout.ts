// Pure: where each actor sits. A position depends only on the actor's id (or group) and the viewport, never on
// which actors a step shows, so the diagram does not jump between steps: actors fade in and out in place.
//
// The arrangement reads like a rough map turned into a diagram: the West along the top (US, NATO, EU) with
// Italy just above North Africa, the rivals (Russia, China, Iran) down the right, North Africa west→east in
// the middle band (Morocco, Algeria, Tunisia a little north, Libya, Egypt), the Sahel at the bottom. The legend
// has a fixed band under the diagram, as tall as the legend of every relation type, so it never pushes nodes.
import { clearArea, type Area } from "../map/camera.ts";
import type { Viewport } from "../scene.ts";
import { separate } from "../separate.ts";
import { STYLES } from "./styles.ts";
import { ACTOR_GROUPS, RELATION_TYPES, type ActorGroup, type ActorRecord, type RelationType } from "./types.ts";

import type { Box } from "../box.ts";
export type { Box } from "../box.ts";
export { overlaps } from "../box.ts";

/** A one-line text label: where to write it (x, baseline y, anchor) and the box it covers (estimated). */
export interface TextPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly size: number;
  readonly box: Box;
}

export interface PartPlace {
  readonly id: string;
  /** The half's own centre, and the radius an edge attaching to it stops at. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly side: "west" | "east";
  readonly label: TextPlace;
}

export interface NodePlace {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly label: TextPlace;
  /** A second, smaller line under the name (a bloc's members), when there is one. */
  readonly sublabel: TextPlace | null;
  readonly parts: readonly PartPlace[];
}

export interface DiagramLayout {
  readonly nodes: ReadonlyMap<string, NodePlace>;
  /** Where the nodes live (the clear area less margins and the legend band). */
  readonly nodeArea: Area;
  /** The legend band, under the nodes: entries flow in rows across it (flowLegend). */
  readonly legend: { readonly area: Area; readonly row: number; readonly size: number };
  /** Label font size (px) for actor names; relation labels are a little smaller. */
  readonly size: number;
  /** How much a focused node grows. */
  readonly focusScale: number;
}

/** Normalised slots (0..1 across and down the node area) for the actors of this piece. */
const SLOTS: Readonly<Record<string, readonly [number, number]>> = {
  us: [0.0, 0.0],
  nato: [0.33, 0.0],
  eu: [0.66, 0.0],
  iran: [1.0, 0.15],
  italy: [0.6, 0.22],
  russia: [1.0, 0.4],
  china: [1.0, 0.96],
  morocco: [0.0, 0.56],
  algeria: [0.24, 0.7],
  tunisia: [0.45, 0.43],
  libya: [0.68, 0.7],
  egypt: [0.9, 0.7],
  aes: [0.42, 1.0],
};

/**
 * The same order squeezed into three rows, for a very flat node area (a phone held sideways, where the
 * passage cards leave a strip at the top): West and rivals along the top, North Africa in the middle, the
 * Sahel and China at the bottom; rows are staggered so that no name sits over the node below it.
 */
const WIDE_SLOTS: Readonly<Record<string, readonly [number, number]>> = {
  us: [0.0, 0.0],
  nato: [0.14, 0.0],
  eu: [0.28, 0.0],
  italy: [0.48, 0.0],
  iran: [0.9, 0.0],
  russia: [1.0, 0.0],
  morocco: [0.06, 0.5],
  algeria: [0.36, 0.5],
  tunisia: [0.56, 0.5],
  libya: [0.72, 0.5],
  egypt: [0.84, 0.5],
  aes: [0.22, 1.0],
  china: [1.0, 1.0],
};
/** Node areas flatter than this use WIDE_SLOTS. */
const WIDE = 2.6;

/** Where an actor without a slot goes: its group's band, spread by a hash of its id (deterministic). */
const BANDS: Readonly<Record<ActorGroup, { u: [number, number]; v: number }>> = {
  west: { u: [0.1, 0.5], v: 0.12 },
  rivals: { u: [0.88, 0.88], v: 0.75 },
  maghreb: { u: [0.1, 0.9], v: 0.87 },
  sahel: { u: [0.6, 0.9], v: 1.0 },
};

export const FOCUS_SCALE = 1.2;
/** The smallest text the diagram sets, in CSS px: legible on a phone (issue 20). */
export const MIN_TEXT = 11;
/** The size of the lesser words (a divided node's halves, the relations' labels): 1.5 px under the names, MIN_TEXT at least. */
export const minorSize = (size: number) => Math.max(MIN_TEXT, size - 1.5);
const MARGIN = 6;
/** Estimated advance of a character of the label font, as a share of the font size (Source Sans 3 and its fallbacks). */
const CHAR = 0.56;
export const LEGEND_SAMPLE = 30;
/** Space between two legend entries in a row, px. */
const LEGEND_GAP = 14;

/** Estimated width of a one-line label (no layout reads: the same estimate on the server, in tests and on screen). */
export const textWidth = (text: string, size: number) => Math.ceil([...text].length * size * CHAR);

export function textPlace(text: string, x: number, y: number, anchor: TextPlace["anchor"], size: number): TextPlace {
  const width = textWidth(text, size);
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  // y is the baseline; the box runs from the cap height to the descenders.
  return { x: r1(x), y: r1(y), anchor, size, box: { x: r1(left), y: r1(y - size * 0.8), width, height: r1(size * 1.05) } };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function hash(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) / 4294967295;
}

/**
 * The legend's entries (a sample line and its words) in rows across `width`, as words flow: where each starts
 * and in which row. An entry wider than the width has a row of its own.
 */
export function flowLegend(types: readonly RelationType[], width: number, size: number): { type: RelationType; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return types.map((type) => {
    const w = LEGEND_SAMPLE + 6 + textWidth(STYLES[type].legend, size);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const at = { type, x, row };
    x += w + LEGEND_GAP;
    return at;
  });
}

const rowsOf = (flow: readonly { row: number }[]) => (flow.length ? flow.at(-1)!.row + 1 : 0);

/**
 * The whole diagram's layout: nodes, the legend band and the sizes. The band is as tall as the busiest of
 * `legendSets` (the types each step shows) needs, so that the nodes keep their place from step to step.
 */
export function layoutDiagram(actors: readonly ActorRecord[], viewport: Viewport, legendSets: readonly (readonly RelationType[])[] = [RELATION_TYPES]): DiagramLayout {
  const clear = clearArea(viewport);
  const area: Area = { x: clear.x + MARGIN, y: clear.y + MARGIN, width: Math.max(0, clear.width - 2 * MARGIN), height: Math.max(0, clear.height - 2 * MARGIN) };
  const small = area.width < 480 || area.height < 420;
  const size = small ? 12 : 13;
  const legendSize = small ? MIN_TEXT : 12;
  const row = Math.round(legendSize * 1.45);
  const legendHeight = Math.max(0, ...legendSets.map((set) => rowsOf(flowLegend(RELATION_TYPES.filter((t) => set.includes(t)), area.width, legendSize)))) * row;
  const legendArea: Area = { x: area.x, y: area.y + area.height - legendHeight, width: area.width, height: legendHeight };
  const nodeArea: Area = { x: area.x, y: area.y, width: area.width, height: Math.max(0, area.height - legendHeight - 8) };

  const r = Math.max(10, Math.min(20, Math.min(nodeArea.width, nodeArea.height) * 0.037));
  const rf = r * FOCUS_SCALE;
  // Room for a label under the node (and a sublabel line), for the focus ring around it, and for the labels
  // over a divided node.
  const slots = nodeArea.width > WIDE * nodeArea.height ? WIDE_SLOTS : SLOTS;
  const top = rf + 2 + (actors.some((a) => a.parts?.length && (slots[a.id]?.[1] ?? 1) === 0) ? size * 1.2 : 0);
  const bottom = rf + 4 + size * 2.3;
  const side = rf + 2;

  const nodes = new Map<string, NodePlace>();
  for (const a of actors) {
    const [u, v] = slots[a.id] ?? fallbackSlot(a);
    const labelHalf = textWidth(a.short, size) / 2;
    const partWidth = a.parts?.length ? Math.max(...a.parts.map((p) => textWidth(p.short, minorSize(size)))) : 0;
    // A node at the edge moves in far enough for its label (and its parts' labels) to fit.
    const inset = Math.max(side, labelHalf + 1, partWidth + 4);
    const x = clamp(nodeArea.x + side + u * (nodeArea.width - 2 * side), nodeArea.x + inset, nodeArea.x + nodeArea.width - inset);
    const y = nodeArea.y + top + v * (nodeArea.height - top - bottom);
    const label = textPlace(a.short, x, y + rf + 3 + size * 0.8, "middle", size);
    const sublabel = a.members?.length ? textPlace(a.members.join(" · "), x, label.y + size * 1.05, "middle", Math.max(MIN_TEXT, size - 2)) : null;
    const parts: PartPlace[] = (a.parts ?? []).slice(0, 2).map((p, i) => {
      const west = i === 0;
      const px = west ? x - r / 2 : x + r / 2;
      // Part names sit over the node, each over its half: the west half's ending at the split, the east's starting there.
      const lx = west ? x - 3 : x + 3;
      return { id: p.id, x: r1(px), y: r1(y), r: r1(r / 2), side: west ? "west" : "east", label: textPlace(p.short, lx, y - rf - 5, west ? "end" : "start", minorSize(size)) };
    });
    nodes.set(a.id, { x: r1(x), y: r1(y), r: r1(r), label, sublabel, parts });
  }
  // In a small picture the slots crowd: nodes (with their labels, at full focus) are pushed apart until none meets another.
  const moves = separate([...nodes].map(([id, n]) => ({ id, boxes: nodeBoxes(n) })), nodeArea);
  for (const [id, { dx, dy }] of moves) if (dx || dy) nodes.set(id, moveNode(nodes.get(id)!, dx, dy));
  return { nodes, nodeArea, legend: { area: legendArea, row, size: legendSize }, size, focusScale: FOCUS_SCALE };
}

function moveNode(n: NodePlace, dx: number, dy: number): NodePlace {
  const place = <T extends TextPlace>(t: T): T => ({ ...t, x: r1(t.x + dx), y: r1(t.y + dy), box: { ...t.box, x: r1(t.box.x + dx), y: r1(t.box.y + dy) } });
  return { ...n, x: r1(n.x + dx), y: r1(n.y + dy), label: place(n.label), sublabel: n.sublabel && place(n.sublabel), parts: n.parts.map((p) => ({ ...p, x: r1(p.x + dx), y: r1(p.y + dy), label: place(p.label) })) };
}

/** Each actor's centre and radius (the public, minimal view of the layout). */
export function layoutActors(actors: readonly ActorRecord[], viewport: Viewport): Map<string, { x: number; y: number; r: number }> {
  const { nodes } = layoutDiagram(actors, viewport);
  return new Map([...nodes].map(([id, n]) => [id, { x: n.x, y: n.y, r: n.r }]));
}

function fallbackSlot(a: ActorRecord): readonly [number, number] {
  const band = BANDS[ACTOR_GROUPS.includes(a.group) ? a.group : "maghreb"];
  const t = hash(a.id);
  return [band.u[0] + t * (band.u[1] - band.u[0]), band.v];
}

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));

/** Every box a node covers at full focus: its circle's square and its labels (with its parts' names, or without). */
export function nodeBoxes(n: NodePlace, focusScale = FOCUS_SCALE, parts = true): Box[] {
  const rf = n.r * focusScale;
  return [
    { x: n.x - rf, y: n.y - rf, width: 2 * rf, height: 2 * rf },
    n.label.box,
    ...(n.sublabel ? [n.sublabel.box] : []),
    ...(parts ? n.parts.map((p) => p.label.box) : []),
  ];
}

