// Pure: what the map shows for one step, as data. The DOM renderer only draws frames.
import type { MapState } from "../../model/state.ts";
import { clearArea, fitCamera, unionBounds, type Bounds, type Camera, type Viewport } from "./camera.ts";
import type { MapModel } from "./model.ts";

type Point = readonly [number, number];

export interface MapFrame {
  readonly camera: Camera;
  readonly highlight: readonly string[];
  readonly threat: readonly string[];
  /** Every label and pin, in base-projection pixels. */
  readonly labels: readonly { id: string; text: string; at: Point }[];
  readonly pins: readonly { id: string; text: string; at: Point }[];
  /** Every shared border in the model, drawn or not, so that a frame says what is hidden too. */
  readonly borders: readonly { id: string; drawn: boolean; length: string | null; at: Point }[];
}

const km = new Intl.NumberFormat("en-GB");

export function mapFrame(state: MapState, model: MapModel, viewport: Viewport, names: Readonly<Record<string, string>>): MapFrame {
  // The camera frames the focus countries and every pinned place, so no pin is off screen.
  const focus = [
    ...state.focus.map((id) => model.bounds.get(id)).filter((b) => b !== undefined),
    ...state.places.map((id) => model.places.get(id)?.at).filter((p) => p !== undefined).map((p): Bounds => [p, p]),
  ];
  const camera = fitCamera(unionBounds(focus), clearArea(viewport));
  return {
    camera,
    highlight: [...state.highlight].sort(),
    threat: [...state.threat].sort(),
    labels: state.labels.flatMap((id) => {
      const at = model.anchors.get(id);
      return at ? [{ id, text: names[id] ?? id, at }] : [];
    }),
    pins: state.places.flatMap((id) => {
      const place = model.places.get(id);
      return place ? [{ id, text: place.name, at: place.at }] : [];
    }),
    borders: [...model.borders].map(([id, border]) => {
      const drawn = state.borders.includes(id);
      return { id, drawn, length: drawn && state.lengths ? `${km.format(border.km)} km` : null, at: border.mid };
    }),
  };
}
