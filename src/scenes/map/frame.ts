// Pure: what the map shows for one step, as data. The DOM renderer only draws frames.
import type { Payload } from "../../model/payload.ts";
import type { MapState } from "../../model/state.ts";
import { apply, clearArea, fitCamera, unionBounds, type Bounds, type Camera, type Viewport } from "./camera.ts";
import { declutter, textWidth, type LabelBox } from "./declutter.ts";
import type { MapModel } from "./model.ts";

type Point = readonly [number, number];

export interface MapFrame {
  readonly camera: Camera;
  readonly highlight: readonly string[];
  readonly threat: readonly string[];
  /** Every label and pin, in base-projection pixels. */
  /** `hidden` marks a label left out because it would overlap a more important one. */
  readonly labels: readonly { id: string; text: string; at: Point; hidden: boolean }[];
  readonly pins: readonly { id: string; text: string; at: Point; hidden: boolean }[];
  /** Every shared border in the model, drawn or not, so that a frame says what is hidden too. */
  readonly borders: readonly { id: string; drawn: boolean; length: string | null; at: Point }[];
  /** Every route in the model, drawn or not; width in screen pixels. */
  readonly flows: readonly Flow[];
  /** The year that sets the width of quantified routes, and the legend that says so. */
  readonly widthLegend: string | null;
  readonly notes: readonly { id: string; lines: readonly string[]; at: Point; dx: number; dy: number }[];
}

export interface Flow {
  readonly id: string;
  readonly type: string;
  readonly drawn: boolean;
  readonly schematic: boolean;
  readonly width: number;
  /** Null when the route is not drawn or its label would overlap a more important one. */
  readonly label: string | null;
  /** Where the label sits: the middle of the curve. */
  readonly labelAt: Point;
}

/** Width in pixels of a quantified route: proportional to arrivals, against the largest in the data. */
export const FLOW_WIDTH = { max: 18, min: 1.5, schematic: 2 };

/** Splits a long annotation at the separator nearest its middle, for two short lines. */
export function splitLabel(label: string, max = 28): string[] {
  if (label.length <= max) return [label];
  const cuts = [...label.matchAll(/[:,] /g)].map((m) => m.index! + 1);
  if (!cuts.length) return [label];
  const cut = cuts.reduce((a, b) => (Math.abs(b - label.length / 2) < Math.abs(a - label.length / 2) ? b : a));
  return [label.slice(0, cut).trim(), label.slice(cut).trim()];
}

const km = new Intl.NumberFormat("en-GB");

export interface FrameData {
  readonly names: Readonly<Record<string, string>>;
  readonly routes: Payload["routes"];
  readonly notes: Payload["notes"];
  readonly arrivals: Payload["arrivals"];
}

export function mapFrame(state: MapState, model: MapModel, viewport: Viewport, data: FrameData): MapFrame {
  const names = data.names;
  // The camera frames the focus countries and every pin, route and annotation, so none is off screen.
  const focus = [
    ...state.focus.map((id) => model.bounds.get(id)).filter((b) => b !== undefined),
    ...state.places.map((id) => model.places.get(id)?.at).filter((p) => p !== undefined).map((p): Bounds => [p, p]),
    ...state.flows.flatMap((id) => data.routes.find((r) => r.id === id)?.points ?? []).map((p) => model.places.get(p)!.at).map((p): Bounds => [p, p]),
    ...state.notes.flatMap((id) => data.notes.find((n) => n.id === id)?.at ?? []).map((p) => model.places.get(p)!.at).map((p): Bounds => [p, p]),
  ];
  const largest = Math.max(1, ...Object.values(data.arrivals).flatMap((row) => Object.values(row).filter((v): v is number => typeof v === "number")));
  const quantity = (series: string | null) => (state.year && series ? (data.arrivals[state.year]?.[series] ?? null) : null);
  const camera = fitCamera(unionBounds(focus), clearArea(viewport));

  const labels = state.labels.flatMap((id) => {
    const at = model.anchors.get(id);
    return at ? [{ id, text: names[id] ?? id, at }] : [];
  });
  const pins = state.places.flatMap((id) => {
    const place = model.places.get(id);
    return place ? [{ id, text: place.name, at: place.at }] : [];
  });
  const flows = data.routes.map((route) => {
    const geometry = model.routes.get(route.id)!;
    const value = quantity(route.series);
    const drawn = state.flows.includes(route.id) && (route.series === null || value !== null);
    return {
      id: route.id,
      type: route.type,
      drawn,
      schematic: route.schematic,
      width: value === null ? FLOW_WIDTH.schematic : Math.max(FLOW_WIDTH.min, (FLOW_WIDTH.max * value) / largest),
      label: drawn ? (value === null ? route.label : `${route.label}: ${km.format(value)}`) : null,
      labelAt: geometry.mid,
    };
  });
  const notes = state.notes.flatMap((id) => {
    const note = data.notes.find((n) => n.id === id);
    const place = note && model.places.get(note.at);
    return note && place ? [{ id, lines: splitLabel(note.label), at: place.at, dx: note.dx, dy: note.dy }] : [];
  });

  // Leave out labels that would overlap at the target camera: notes first, then routes, pins, countries.
  const screen = (p: Point) => apply(camera, p);
  const centred = (id: string, text: string, at: Point, size: number, priority: number, dy = 0): LabelBox => {
    const [x, y] = screen(at);
    const width = textWidth(text, size);
    return { id, x: x - width / 2, y: y + dy - size * 0.7, width, height: size * 1.2, priority };
  };
  const hidden = declutter([
    ...notes.map((n): LabelBox => {
      const [x, y] = screen(n.at);
      const width = Math.max(...n.lines.map((l) => textWidth(l, 12.5)));
      const height = n.lines.length * 15;
      return { id: `note:${n.id}`, x: n.dx < 0 ? x - 10 - width : x + 10, y: n.dy < 0 ? y - height - 4 : y + 4, width, height, priority: 4 };
    }),
    ...flows.filter((f) => f.label).map((f) => centred(`flow:${f.id}`, f.label!, f.labelAt, 12.5, 3, -6)),
    ...pins.map((p): LabelBox => {
      const [x, y] = screen(p.at);
      return { id: `pin:${p.id}`, x: x - 4, y: y - 9, width: 11 + textWidth(p.text, 13), height: 16, priority: 2 };
    }),
    ...labels.map((l) => centred(`label:${l.id}`, l.text, l.at, 14, 1)),
  ]);

  return {
    camera,
    highlight: [...state.highlight].sort(),
    threat: [...state.threat].sort(),
    labels: labels.map((l) => ({ ...l, hidden: hidden.has(`label:${l.id}`) })),
    pins: pins.map((p) => ({ ...p, hidden: hidden.has(`pin:${p.id}`) })),
    borders: [...model.borders].map(([id, border]) => {
      const drawn = state.borders.includes(id);
      return { id, drawn, length: drawn && state.lengths ? `${km.format(border.km)} km` : null, at: border.mid };
    }),
    flows: flows.map((f) => (hidden.has(`flow:${f.id}`) ? { ...f, label: null } : f)),
    widthLegend: state.year && state.flows.some((id) => data.routes.find((r) => r.id === id)?.series) ? `Arrow width: sea arrivals in Italy by country of departure, ${state.year}` : null,
    notes: notes.filter((n) => !hidden.has(`note:${n.id}`)),
  };
}
