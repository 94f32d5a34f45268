// The words over the map (names, pins, lengths, the routes' labels, notes, the width legend) in an SVG of
// their own over the world's. The map scene keeps two: the words shown, and the next step's words, drawn
// ahead in idle time and hidden until that step comes (render.ts swaps them). DOM code.
import type { Selection } from "d3-selection";
import { appendSvg } from "../appendSvg.ts";
import type { MapFrame } from "./frame.ts";
import { inNextFrame } from "../../schedule/inNextFrame.ts";


export type Layer = Selection<SVGGElement, unknown, null, undefined>;
/** The groups placeLabels moves, each with its point. */
export type Placed = { g: SVGGElement; at: readonly [number, number] }[];

export interface Words {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  lengthLayer: Layer;
  pinLayer: Layer;
  labelLayer: Layer;
  flowLabelLayer: Layer;
  noteLayer: Layer;
  widthLegend: Selection<SVGTextElement, unknown, null, undefined>;
  /** The frame whose words these are (null before the first drawing, and after a new layout). */
  frame: MapFrame | null;
  /** The groups to move, found once after each drawing. */
  placed: Placed | null;
}

/** An empty set of words in `container`: shown, or `ahead` (hidden until showWords). */
export function createWords(container: HTMLElement, ahead = false): Words {
  const svg = appendSvg(container, ahead ? "map-labels is-ahead" : "map-labels");
  const overlay = svg.append("g").attr("class", "overlay");
  return {
    svg,
    lengthLayer: overlay.append("g").attr("class", "lengths"),
    pinLayer: overlay.append("g").attr("class", "pins"),
    labelLayer: overlay.append("g").attr("class", "labels"),
    flowLabelLayer: overlay.append("g").attr("class", "flow-labels"),
    noteLayer: overlay.append("g").attr("class", "notes"),
    widthLegend: overlay.append("text").attr("class", "width-legend").attr("x", 10),
    frame: null,
    placed: null,
  };
}

/** Shows one set of words and hides the other: two class changes, no layout. */
export function showWords(shown: Words, hidden: Words): void {
  shown.svg.classed("is-ahead", false).classed("is-warming", false);
  hidden.svg.classed("is-ahead", true).classed("is-warming", false);
}

/**
 * Paints hidden words for up to two frames at an opacity of 1/255 (the pixels under them change by at
 * most 2 of 255 levels: too little to see), then hides them again. Text seen for the first time is costly
 * to rasterize: the step's new words took 8–20 ms of raster in one tile at cross-border-threats, in the
 * frames of its flight, against 0.3–3 ms for words already seen (measured 2026-11-27). Painted here, in
 * idle time, their glyphs are in the cache when the step shows them.
 */
export function warm(w: Words): void {
  w.svg.classed("is-warming", true);
  inNextFrame(() => inNextFrame(() => void w.svg.classed("is-warming", false)));
}
