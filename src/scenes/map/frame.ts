// Pure: what the map shows for one step, as data. The DOM renderer only draws frames.
import type { Payload } from "../../model/payload.ts";
import type { MapState } from "../../model/state.ts";
import { clearArea, fitCamera, unionBounds, type Bounds, type Camera, type Viewport } from "./camera.ts";
import { legendBand, placeMapLabelsSteps, type TextPlace } from "./labels.ts";
import { drain, type Steps } from "../../schedule/steps.ts";
import type { MapModel } from "./model.ts";

type Point = readonly [number, number];

export interface MapFrame {
  readonly camera: Camera;
  readonly highlight: readonly string[];
  readonly threat: readonly string[];
  /**
   * Every label and pin, anchored at a point in base-projection pixels; `place` says where its text is
   * written relative to that point on screen (labels.ts). `hidden` marks a label the declutter left out
   * (only ever one the step does not name).
   */
  readonly labels: readonly { id: string; text: string; at: Point; hidden: boolean; place: TextPlace | null }[];
  readonly pins: readonly { id: string; text: string; at: Point; hidden: boolean; place: TextPlace | null }[];
  /** Every shared border in the model, drawn or not, so that a frame says what is hidden too. */
  readonly borders: readonly { id: string; drawn: boolean; length: string | null; at: Point; place: TextPlace | null }[];
  /** Every route in the model, drawn or not; width in screen pixels. */
  readonly flows: readonly Flow[];
  /** The year that sets the width of quantified routes, and the legend that says so. */
  readonly widthLegend: string | null;
  /** The legend wrapped to the viewport: its lines, and where the first is written (screen pixels). */
  readonly legend: { readonly lines: readonly string[]; readonly x: number; readonly y: number; readonly step: number } | null;
  readonly notes: readonly { id: string; lines: readonly string[]; at: Point; dx: number; dy: number; place: TextPlace | null }[];
  /** Words the step names that found no free place and overlap something (empty when the picture has room). */
  readonly crowded: readonly string[];
}

export interface Flow {
  readonly id: string;
  readonly type: string;
  readonly drawn: boolean;
  readonly schematic: boolean;
  readonly width: number;
  /** Null when the route is not drawn or its label would overlap a more important one. */
  readonly label: string | null;
  /** The point of the curve the label sits beside. */
  readonly labelAt: Point;
  readonly place: TextPlace | null;
}

/** Width in pixels of a quantified route: proportional to arrivals, against the largest in the data. */
export const FLOW_WIDTH = { max: 18, min: 1.5, schematic: 2 };

const km = new Intl.NumberFormat("en-GB");

export interface FrameData {
  readonly names: Readonly<Record<string, string>>;
  readonly routes: Payload["routes"];
  readonly notes: Payload["notes"];
  readonly arrivals: Payload["arrivals"];
}

export const mapFrame = (state: MapState, model: MapModel, viewport: Viewport, data: FrameData): MapFrame => drain(mapFrameSteps(state, model, viewport, data));

/** mapFrame in pieces (src/schedule/steps.ts), for idle time: its words' placement is most of the work. */
export function* mapFrameSteps(state: MapState, model: MapModel, viewport: Viewport, data: FrameData): Steps<MapFrame> {
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
  const widthLegend = state.year && state.flows.some((id) => data.routes.find((r) => r.id === id)?.series) ? `Arrow width: sea arrivals in Italy by country of departure, ${state.year}` : null;
  // The subject is framed above the legend's band: the words placed around it need the room.
  const area = clearArea(viewport);
  const camera = fitCamera(unionBounds(focus), { ...area, height: area.height - legendBand(widthLegend, area) });

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
      samples: geometry.samples,
      labelAt: geometry.mid,
    };
  });
  const notes = state.notes.flatMap((id) => {
    const note = data.notes.find((n) => n.id === id);
    const place = note && model.places.get(note.at);
    return note && place ? [{ id, text: note.label, at: place.at, dx: note.dx, dy: note.dy }] : [];
  });
  const borders = [...model.borders].map(([id, border]) => {
    const drawn = state.borders.includes(id);
    return { id, drawn, length: drawn && state.lengths ? `${km.format(border.km)} km` : null, at: border.mid };
  });

  // Every word the step names, placed at the target camera so that none overlaps another or a mark.
  const placed = yield* placeMapLabelsSteps(
    {
      countries: labels,
      pins,
      flows: flows.filter((f) => f.drawn && f.label).map((f) => ({ id: f.id, text: f.label!, width: f.width, samples: f.samples })),
      notes,
      lengths: borders.filter((b) => b.length).map((b) => ({ id: b.id, text: b.length!, at: b.at })),
      outlines: model.outlines,
      legend: widthLegend,
    },
    camera,
    area,
  );
  const place = (id: string) => placed.texts.get(id) ?? null;
  const hidden = (id: string) => placed.placements.get(id)?.hidden ?? false;

  return {
    camera,
    highlight: [...state.highlight].sort(),
    threat: [...state.threat].sort(),
    labels: labels.map((l) => ({ ...l, hidden: hidden(`country:${l.id}`), place: place(`country:${l.id}`) })),
    pins: pins.map((p) => ({ ...p, hidden: hidden(`pin:${p.id}`), place: place(`pin:${p.id}`) })),
    borders: borders.map((b) => ({ ...b, place: b.length ? place(`length:${b.id}`) : null })),
    flows: flows.map(({ samples: _, ...f }) => {
      const id = `flow:${f.id}`;
      if (!f.label || hidden(id)) return { ...f, label: null, place: null };
      return { ...f, labelAt: placed.flowAt.get(f.id) ?? f.labelAt, place: place(id) };
    }),
    widthLegend,
    legend: placed.legend,
    crowded: [...placed.placements.values()].filter((p) => !p.clean).map((p) => p.id),
    notes: notes
      .filter((n) => !hidden(`note:${n.id}`))
      .map(({ text, ...n }) => ({ ...n, lines: place(`note:${n.id}`)?.lines ?? [text], place: place(`note:${n.id}`) })),
  };
}
