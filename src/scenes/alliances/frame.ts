// Pure: what the alliances diagram shows for one step, as data. The DOM renderer only draws frames.
// A frame lists every actor and relation of the data, shown or not (as the map's frame lists every border),
// so that moving between two frames is a matter of tweening flags, never of guessing what was there before.
import type { AlliancesState } from "../../model/state.ts";
import type { Viewport } from "../scene.ts";
import { drain, type Steps } from "../../schedule/steps.ts";
import { edgeShapeSteps, legendSample, pathD, samples, type EdgeShape, type Geometry, type Pt } from "./edges.ts";
import { flowLegend, layoutDiagram, LEGEND_SAMPLE, minorSize, nodeBoxes, overlaps, textPlace, textWidth, type Box, type DiagramLayout, type TextPlace } from "./layout.ts";
import { STYLES, type RelationStyle } from "./styles.ts";
import { RELATION_TYPES, type ActorRecord, type AlliancesData, type RelationType } from "./types.ts";

export interface NodeFrame {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly group: ActorRecord["group"];
  readonly kind: "state" | "bloc";
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly visible: boolean;
  readonly focus: boolean;
  readonly label: TextPlace;
  readonly sublabel: (TextPlace & { readonly text: string }) | null;
  readonly parts: readonly { id: string; short: string; side: "west" | "east"; label: TextPlace }[];
  /** Whether the parts' names are printed: always when a relation shown points at a part, else when there is room. */
  readonly partsNamed: boolean;
}

export interface LabelLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface RelationLabel {
  readonly lines: readonly LabelLine[];
  readonly size: number;
  readonly box: Box;
}

export interface EdgeFrame {
  readonly id: string;
  readonly type: RelationType;
  readonly parties: readonly string[];
  readonly visible: boolean;
  /** Touches a focused actor. */
  readonly focus: boolean;
  readonly claim: "article" | null;
  readonly geometry: Geometry;
  /** The whole line's path data. */
  readonly d: string;
  readonly marker: string | null;
  /** The label printed along the line, when it is shown and fits; otherwise null (the table has it). */
  readonly label: RelationLabel | null;
  readonly style: RelationStyle;
}

export interface LegendEntry {
  readonly type: RelationType;
  readonly text: string;
  /** Top-left of the entry's row. */
  readonly x: number;
  readonly y: number;
  /** Drawn relative to the entry's (x, y). */
  readonly sample: string;
  readonly marker: string | null;
  readonly textX: number;
  readonly textY: number;
  readonly size: number;
  readonly style: RelationStyle;
}

export interface AlliancesFrame {
  readonly width: number;
  readonly height: number;
  /** Ids shown, sorted. */
  readonly actors: readonly string[];
  readonly relations: readonly string[];
  readonly focus: readonly string[];
  /** Every actor and every relation of the data, in data order. */
  readonly nodes: readonly NodeFrame[];
  readonly edges: readonly EdgeFrame[];
  /** One entry for each type shown, in the legend's fixed order. */
  readonly legend: readonly LegendEntry[];
}

/** Relation labels are printed when few relations are shown, or for those touching a focused actor. */
const LABEL_ALL_UP_TO = 4;

/** The layout and the lines for a viewport: the costly part, the same for every step. */
export interface AlliancesModel {
  /** The size it was laid out for. */
  readonly viewport: Viewport;
  readonly layout: DiagramLayout;
  readonly shapes: ReadonlyMap<string, EdgeShape>;
}

/** Models already made, by data and viewport: the idle-time preparation's, then the scene's. A few sizes each. */
const made = new WeakMap<AlliancesData, Map<string, AlliancesModel>>();
const KEEP = 4;
const sizeKey = (v: Viewport) => `${v.width}x${v.height}x${v.clear ?? 1}`;

/** The model in pieces (src/schedule/steps.ts), one relation's line at a time; remembered for its viewport. */
export function* alliancesModelSteps(data: AlliancesData, viewport: Viewport): Steps<AlliancesModel> {
  const known = made.get(data) ?? new Map<string, AlliancesModel>();
  made.set(data, known);
  const key = sizeKey(viewport);
  const ready = known.get(key);
  if (ready) return ready;
  const layout = layoutDiagram(data.actors, viewport, data.legendSets);
  yield;
  const model: AlliancesModel = { viewport, layout, shapes: yield* edgeShapeSteps(data.relations, layout) };
  known.set(key, model);
  if (known.size > KEEP) known.delete(known.keys().next().value!);
  return model;
}

export function alliancesModel(data: AlliancesData, viewport: Viewport): AlliancesModel {
  return drain(alliancesModelSteps(data, viewport));
}

/** Frames already worked out, by model (one data and viewport) and step state; both are never changed. */
const framesMade = new WeakMap<AlliancesModel, WeakMap<AlliancesState, AlliancesFrame>>();

/** alliancesFrame, remembered: a step prepared in idle time, or drawn before, costs its step change nothing. */
export function alliancesFrameFor(state: AlliancesState, data: AlliancesData, model: AlliancesModel): AlliancesFrame {
  const known = framesMade.get(model) ?? new WeakMap<AlliancesState, AlliancesFrame>();
  framesMade.set(model, known);
  let frame = known.get(state);
  if (!frame) known.set(state, (frame = frameOf(state, data, model)));
  return frame;
}

/** Everything the diagram's step changes need, ahead of them, in pieces: the model, then each step's frame. */
export function* alliancesPreparationSteps(data: AlliancesData, viewport: Viewport, states: readonly AlliancesState[]): Steps<AlliancesModel> {
  const model = yield* alliancesModelSteps(data, viewport);
  for (const state of states) {
    yield;
    alliancesFrameFor(state, data, model);
  }
  return model;
}

/** A step's frame at a viewport; `model`, when given, must be the one made for that viewport (its size wins). */
export function alliancesFrame(state: AlliancesState, data: AlliancesData, viewport: Viewport, model: AlliancesModel = alliancesModel(data, viewport)): AlliancesFrame {
  return frameOf(state, data, model);
}

/** The frame from the model, laid out for its viewport. */
function frameOf(state: AlliancesState, data: AlliancesData, model: AlliancesModel): AlliancesFrame {
  const { viewport, layout, shapes } = model;
  const relationIds = new Set(state.relations.filter((id) => shapes.has(id)));
  // An actor is shown when the step names it or a shown relation joins it.
  const shown = new Set(state.actors.filter((id) => layout.nodes.has(id)));
  for (const id of relationIds) for (const p of shapes.get(id)!.parties) shown.add(p);
  const focus = new Set(state.focus.filter((id) => shown.has(id)));

  const nodes: NodeFrame[] = data.actors.flatMap((a) => {
    const n = layout.nodes.get(a.id);
    if (!n) return [];
    const parts = n.parts.map((p) => ({ id: p.id, short: a.parts!.find((q) => q.id === p.id)!.short, side: p.side, label: p.label }));
    return [{
      id: a.id, name: a.name, short: a.short, group: a.group, kind: a.kind ?? "state", x: n.x, y: n.y, r: n.r,
      visible: shown.has(a.id), focus: focus.has(a.id), label: n.label,
      sublabel: n.sublabel && { ...n.sublabel, text: (a.members ?? []).join(" · ") },
      parts,
      partsNamed: false,
    }];
  });

  // Labels: placed in data order, each at the first of its spots where it hits nothing already there.
  const labelled = (parties: readonly string[]) =>
    focus.size ? parties.some((p) => focus.has(p)) : relationIds.size <= LABEL_ALL_UP_TO;
  // A divided actor's part names are kept when a relation shown points at a part; otherwise they give way to
  // relation labels and are printed only where they still fit.
  const pointedAt = new Set(data.relations.filter((r) => relationIds.has(r.id)).flatMap((r) => [r.fromPart ? r.from : null, r.toPart ? r.to : null]));
  const named = new Set(nodes.filter((n) => n.visible && n.parts.length && pointedAt.has(n.id)).map((n) => n.id));
  const taken: Box[] = nodes.filter((n) => n.visible).flatMap((n) => nodeBoxes(layout.nodes.get(n.id)!, layout.focusScale, named.has(n.id)));
  // Points of every line and marker shown: a label may sit on its own line, never on another's.
  const shownLines = new Map(
    [...relationIds].map((id) => {
      const shape = shapes.get(id)!;
      return [id, [...samples(shape.geometry, 4), ...(shape.marker ? markerPoints(shape.marker.d) : [])]] as const;
    }),
  );
  const markers: Box[] = [...relationIds].flatMap((id) => {
    const m = shapes.get(id)!.marker;
    return m ? [bbox(markerPoints(m.d), 2)] : [];
  });
  taken.push(...markers);
  const bounds = layout.nodeArea;
  const size = minorSize(layout.size);
  // Labels are placed most-focused first (then in data order), each at the first of its spots, in a width
  // that suits its line, where it hits no node, label, marker or other line.
  const labels = new Map<string, RelationLabel>();
  const order = data.relations
    .filter((r) => relationIds.has(r.id) && labelled(shapes.get(r.id)!.parties))
    .map((r, i) => ({ r, i, score: shapes.get(r.id)!.parties.filter((p) => focus.has(p)).length }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const charWidth = size * 0.56;
  for (const { r } of order) {
    const shape = shapes.get(r.id)!;
    const widest = Math.max(16, Math.floor(Math.min(bounds.width * 0.42, 200) / charWidth));
    const widths = [...new Set([widest, Math.max(12, Math.floor(widest * 0.6)), Math.max(10, Math.floor(widest * 0.4))])];
    search: for (const max of widths) {
      const lines = wrap(r.label, max);
      for (const candidate of shape.spots.flatMap((spot) => placements(lines, spot.at, spot.away, size, bounds))) {
        const inside =
          candidate.box.x >= bounds.x && candidate.box.y >= bounds.y &&
          candidate.box.x + candidate.box.width <= bounds.x + bounds.width && candidate.box.y + candidate.box.height <= bounds.y + bounds.height;
        if (!inside || taken.some((b) => overlaps(b, candidate.box, 2))) continue;
        if ([...shownLines].some(([id, pts]) => id !== r.id && pts.some((p) => within(p, candidate.box, 2)))) continue;
        labels.set(r.id, candidate);
        taken.push(candidate.box);
        break search;
      }
    }
  }
  for (const n of nodes) {
    if (!n.visible || !n.parts.length || named.has(n.id)) continue;
    const boxes = n.parts.map((p) => p.label.box);
    if (boxes.every((b) => !taken.some((t) => overlaps(t, b, 2)))) {
      named.add(n.id);
      taken.push(...boxes);
    }
  }
  const edges: EdgeFrame[] = data.relations.flatMap((r) => {
    const shape = shapes.get(r.id);
    if (!shape) return [];
    const visible = relationIds.has(r.id);
    return [{
      id: r.id, type: r.type, parties: shape.parties, visible, focus: shape.parties.some((p) => focus.has(p)), claim: r.claim,
      geometry: shape.geometry, d: pathD(shape.geometry), marker: shape.marker?.d ?? null, label: labels.get(r.id) ?? null, style: STYLES[r.type],
    }];
  });

  const legend = legendEntries(RELATION_TYPES.filter((t) => edges.some((e) => e.visible && e.type === t)), layout);

  return {
    width: viewport.width,
    height: viewport.height,
    actors: [...shown].sort(),
    relations: [...relationIds].sort(),
    focus: [...focus].sort(),
    nodes: nodes.map((n) => (named.has(n.id) ? { ...n, partsNamed: true } : n)),
    edges,
    legend,
  };
}

/** The legend's rows for these relation types, in the order given. */
export function legendEntries(types: readonly RelationType[], layout: DiagramLayout): LegendEntry[] {
  const { area, row, size: legendSize } = layout.legend;
  return flowLegend(types, area.width, legendSize).map(({ type, x: dx, row: i }) => {
    const x = round(area.x + dx);
    const y = round(area.y + i * row);
    const mid = row / 2;
    const sample = legendSample(type, 2, mid, LEGEND_SAMPLE - 4);
    return {
      type, text: STYLES[type].legend, x, y, sample: pathD(sample.geometry), marker: sample.marker,
      textX: LEGEND_SAMPLE + 6, textY: round(mid + legendSize * 0.36), size: legendSize, style: STYLES[type],
    };
  });
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where a label may go for one spot: beside the line, or on it; a label on its line may also shift (across or
 * along) as long as it still covers its point, to step clear of a neighbour.
 */
function placements(lines: readonly string[], at: Pt, away: Pt, size: number, bounds: Box): RelationLabel[] {
  const first = placeLabel(lines, at, away, size, bounds);
  if (away[0] !== 0 || away[1] !== 0) return [first];
  const { width, height } = first.box;
  const [dx, dy] = [Math.max(0, width / 2 - 8), Math.max(0, height / 2 - 5)];
  const shifts: Pt[] = [[dx, 0], [-dx, 0], [0, dy], [0, -dy]];
  return [first, ...shifts.map(([x, y]) => placeLabel(lines, [at[0] + x, at[1] + y], away, size, bounds))];
}

/** A multi-line label set beside `at`, on the side `away` points to (or centred on it). */
function placeLabel(lines: readonly string[], at: Pt, away: Pt, size: number, bounds: Box): RelationLabel {
  const lineHeight = size * 1.2;
  const width = Math.max(...lines.map((l) => textWidth(l, size)));
  const height = lines.length * lineHeight;
  const reach = Math.abs(away[0]) * (width / 2) + Math.abs(away[1]) * (height / 2) + 5;
  let cx = at[0] + away[0] * reach;
  if (away[0] === 0 && away[1] === 0) {
    // A label on its line slides along to stay inside the diagram, as long as it still covers its point.
    const inside = Math.min(bounds.x + bounds.width - width / 2, Math.max(bounds.x + width / 2, cx));
    if (Math.abs(inside - cx) <= width / 2 - 6) cx = inside;
  }
  const cy = at[1] + away[1] * reach;
  const top = cy - height / 2;
  const placed = lines.map((text, i) => {
    const p = textPlace(text, cx, top + i * lineHeight + size * 0.92, "middle", size);
    return { text, x: p.x, y: p.y };
  });
  return { lines: placed, size, box: { x: round(cx - width / 2), y: round(top), width, height: round(height) } };
}

const round = (v: number) => Math.round(v * 10) / 10;
const within = ([x, y]: Pt, b: Box, gap: number) => x > b.x - gap && x < b.x + b.width + gap && y > b.y - gap && y < b.y + b.height + gap;

/** The corner points of a marker's path data (absolute M/L commands; a circle's two arc ends and its far sides). */
function markerPoints(d: string): Pt[] {
  const nums = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as Pt);
  const circle = /^M(-?[\d.]+),(-?[\d.]+)a([\d.]+)/.exec(d);
  if (circle) {
    const [x, y, r] = [Number(circle[1]), Number(circle[2]), Number(circle[3])];
    return [[x, y - r], [x + 2 * r, y + r], [x, y + r], [x + 2 * r, y - r]];
  }
  return nums;
}

function bbox(points: readonly Pt[], pad: number): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return { x: x0 - pad, y: y0 - pad, width: Math.max(...xs) - x0 + 2 * pad, height: Math.max(...ys) - y0 + 2 * pad };
}
