// The map scene's one DOM file: draws MapFrames into an SVG and moves between them.
import { interpolateZoom } from "d3-interpolate";
import { select, type BaseType, type Selection } from "d3-selection";
import { appendSvg } from "../appendSvg.ts";
import type { Geo } from "../../geo/load.ts";
import { ROUTE_TYPES, type MapPayload } from "../../model/payload.ts";
import type { MapState } from "../../model/state.ts";
import type { Scene } from "../scene.ts";
import { tween, type Handle } from "../../motion/tween.ts";
import { apply, cameraTransform, covers, cssShift, fromView, shiftBetween, toView, type Camera, type Viewport } from "./camera.ts";
import { mapFrame, mapFrameSteps, type MapFrame } from "./frame.ts";
import type { TextPlace } from "./labels.ts";
import { buildMapModel, type MapModel } from "./model.ts";
import { regionProjection } from "./projection.ts";
import { setAttr, setAttrs, setText, writeAttribute } from "../write.ts";
import { inNextFrame } from "../../schedule/inNextFrame.ts";
import { createWords, showWords, warm, type Layer, type Placed, type Words } from "./words.ts";

const FLIGHT = { min: 0.6, max: 1.2 };
/** How far (as a zoom ratio) a flight magnifies the drawn world on the compositor before drawing it again. */
const RESHIFT = 1.25;
/** The world is drawn this far past the viewport's edges (a share of its longer side), for flights to move into. */
const MARGIN = 0.1;
const BORDER_WIDTH = 3.5;

export interface MapScene extends Scene<MapState> {
  /** The frame currently targeted (what the map shows once tweens end). */
  frame(): MapFrame | null;
}

/**
 * `prebuilt`: a model already projected for this viewport (built in slices at load, see main.ts);
 * used when its viewport matches, rebuilt otherwise.
 */
export function createMapScene(container: HTMLElement, payload: MapPayload, geo: Geo, viewport: Viewport, prebuilt?: { viewport: Viewport; model: MapModel }): MapScene {
  let vp = viewport;
  let model: MapModel;
  let camera: Camera = { x: 0, y: 0, k: 1 }; // the camera shown
  let drawnCamera: Camera = camera; // the camera the world group is drawn with (they differ during a flight)
  let margin = 0; // px drawn past each edge of the viewport (layout() sets it)
  let target: MapFrame | null = null;
  let state: MapState | null = null;
  const frameData = { names: payload.countryNames, routes: payload.routes, notes: payload.notes, arrivals: payload.arrivals };
  const running: Handle[] = [];
  const borderOffset = new Map<string, { v: number }>();
  /** Each step's frame for the current layout, worked out once (plan, or its first render). */
  const frames = new Map<MapState, MapFrame>();
  const frameFor = (s: MapState): MapFrame => frames.get(s) ?? frames.set(s, mapFrame(s, model, vp, frameData)).get(s)!;
  /** The countries' paths by id, and the ones marked now: a step change touches only those that change. */
  let countryPaths = new Map<string, SVGPathElement>();
  let marked = { highlight: new Set<string>(), threat: new Set<string>() };

  const svg = appendSvg(container, "map");
  const defs = svg.append("defs");
  const hatch = defs.append("pattern").attr("id", "map-hatch").attr("patternUnits", "userSpaceOnUse").attr("width", 6).attr("height", 6);
  hatch.append("rect").attr("width", 6).attr("height", 6).attr("class", "hatch-bg");
  hatch.append("path").attr("d", "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2").attr("class", "hatch-line");
  // Arrowheads sized in stroke widths, so a wide quantified route gets a wide head.
  for (const type of ROUTE_TYPES) {
    defs
      .append("marker")
      .attr("id", `map-arrow-${type}`)
      .attr("class", `arrow arrow-${type}`)
      .attr("viewBox", "0 0 10 10")
      .attr("refX", 6)
      .attr("refY", 5)
      .attr("markerWidth", 3.2)
      .attr("markerHeight", 3.2)
      .attr("orient", "auto-start-reverse")
      .append("path")
      .attr("d", "M0,0 L10,5 L0,10 z");
  }
  svg.append("rect").attr("class", "sea");
  const world = svg.append("g").attr("class", "world");
  const countryLayer = world.append("g").attr("class", "countries");
  const borderLayer = world.append("g").attr("class", "borders");
  const flowLayer = world.append("g").attr("class", "flows");
  // Names, pins and notes in an SVG of their own over the world's: a flight moves the world's SVG on the
  // compositor (no layout, no repaint) while these few are placed anew on each tick, at their size.
  let words = createWords(container);
  /** A second, hidden set of words: the next step's, drawn ahead in idle time (see plan), or the last step's. */
  let ahead: Words | null = null;

  /** One text per datum in a layer, each inside a group that placeLabels moves (keyed by id). */
  function positioned<D extends { id: string }>(layer: Layer, data: readonly D[]) {
    return layer
      .selectAll<SVGGElement, D>(":scope > g")
      .data(data, (d) => d.id)
      .join((enter) => {
        const g = enter.append("g");
        g.append("text");
        return g;
      })
      .select<SVGTextElement>("text");
  }

  function layout() {
    const ready = prebuilt && prebuilt.viewport.width === vp.width && prebuilt.viewport.height === vp.height ? prebuilt.model : null;
    model = ready ?? buildMapModel(geo, payload, regionProjection(vp.width, vp.height));
    prebuilt = undefined;
    margin = Math.round(MARGIN * Math.max(vp.width, vp.height));
    const [x, y, width, height] = [-margin, -margin, vp.width + 2 * margin, vp.height + 2 * margin];
    svg.attr("viewBox", `${x} ${y} ${width} ${height}`).attr("width", width).attr("height", height);
    svg.style("left", `${x}px`).style("top", `${y}px`).style("transform-origin", `${margin}px ${margin}px`);
    svg.select("rect.sea").attr("x", x).attr("y", y).attr("width", width).attr("height", height);
    for (const w of [words, ahead]) if (w) sizeWords(w);
    if (ahead) ahead.frame = null; // its frame belonged to the old layout
    const countries = countryLayer
      .selectAll<SVGPathElement, MapModel["countries"][number]>("path")
      .data(model.countries, (d) => d.id)
      .join("path")
      .attr("data-id", (d) => d.id)
      .attr("d", (d) => d.d);
    countries.classed("is-highlight", false).classed("is-threat", false);
    countryPaths = new Map(countries.nodes().map((p) => [p.getAttribute("data-id")!, p]));
    marked = { highlight: new Set(), threat: new Set() };
    frames.clear();
    borderLayer
      .selectAll("path")
      .data([...model.borders], (d) => (d as [string, unknown])[0])
      .join("path")
      .attr("data-border", ([id]) => id)
      .attr("d", ([, b]) => b.d)
      .attr("pathLength", 1);
    flowLayer
      .selectAll("path")
      .data([...model.routes], (d) => (d as [string, unknown])[0])
      .join("path")
      .attr("data-route", ([id]) => id)
      .attr("data-type", ([id]) => payload.routes.find((r) => r.id === id)!.type)
      .attr("d", ([, r]) => r.d)
      .attr("marker-end", ([id]) => `url(#map-arrow-${payload.routes.find((r) => r.id === id)!.type})`);
  }

  function sizeWords(w: Words) {
    w.svg.attr("viewBox", `0 0 ${vp.width} ${vp.height}`).attr("width", vp.width).attr("height", vp.height);
  }

  /** Draws the world under camera c: its transform, and the widths that keep their size on screen. */
  function drawWorld(c: Camera) {
    drawnCamera = c;
    svg.style("transform", null);
    setAttr(world, "transform", cameraTransform(c));
    setAttr(hatch, "patternTransform", `scale(${(1 / c.k).toFixed(4)})`);
    drawWidths(c.k);
  }

  /** The lines' widths and dashes for a world drawn at zoom k. */
  function drawWidths(k: number) {
    // Dashes measured with pathLength break under non-scaling-stroke, so the drawn borders scale their width instead.
    borderLayer.style("stroke-width", `${(BORDER_WIDTH / k).toFixed(3)}px`);
    // Routes keep their screen width and dash length at every zoom: both are divided by the zoom.
    const dash = `${(6 / k).toFixed(3)} ${(4 / k).toFixed(3)}`;
    flowLayer
      .selectAll<SVGPathElement, unknown>("path")
      .style("stroke-width", function () {
        return `${(Number(this.dataset.width ?? 2) / k).toFixed(3)}px`;
      })
      .style("stroke-dasharray", function () {
        return this.classList.contains("is-schematic") ? dash : null;
      });
  }

  /** The groups placeLabels moves, each with its point; found again after each render changes them. */
  function placedGroups(w: Words): Placed {
    if (w.placed) return w.placed;
    const found: Placed = [];
    const add = <D>(layer: Layer, at: (d: D) => readonly [number, number]) =>
      layer.selectAll<SVGGElement, D>(":scope > g").each(function (d) {
        found.push({ g: this, at: at(d) });
      });
    add<{ at: [number, number] }>(w.labelLayer, (d) => d.at);
    add<{ at: [number, number] }>(w.pinLayer, (d) => d.at);
    add<{ at: [number, number] }>(w.lengthLayer, (d) => d.at);
    add<{ labelAt: [number, number] }>(w.flowLabelLayer, (d) => d.labelAt);
    add<{ at: [number, number] }>(w.noteLayer, (d) => d.at);
    return (w.placed = found);
  }

  /** Positions of the few labels and pins under camera c. No layout reads, and no selector on a tick. */
  function placeLabels(c: Camera, w: Words = words) {
    // Each text is moved by the group around it: a transform on an SVG text lays the text out again, one
    // on its group only moves it (120 labels at 4x CPU: 13–18 ms a tick against 1–5 ms; measured 2026-11).
    for (const { g, at } of placedGroups(w)) {
      const [x, y] = apply(c, at);
      writeAttribute(g, "transform", `translate(${x.toFixed(1)},${y.toFixed(1)})`);
    }
  }

  /** Shows camera c exactly: the world drawn under it, the labels placed. */
  function place(c: Camera) {
    camera = c;
    drawWorld(c);
    placeLabels(c);
  }

  /**
   * One tick of a flight: the drawn world moves on the compositor (its lines thicken or thin with the zoom,
   * by at most RESHIFT), until it would leave an edge uncovered or grow more; then it is drawn again under
   * c. The labels are placed as always.
   */
  function glide(c: Camera) {
    camera = c;
    const shift = shiftBetween(drawnCamera, c);
    if (shift.k > RESHIFT || !covers(shift, vp, margin)) drawWorld(c);
    else svg.style("transform", cssShift(shift));
    placeLabels(c);
  }

  function drawFlows(frame: MapFrame, animate: boolean) {
    const byId = new Map(frame.flows.map((f) => [f.id, f]));
    flowLayer
      .selectAll<SVGPathElement, [string, unknown]>("path")
      .attr("data-width", ([id]) => byId.get(id)!.width.toFixed(2))
      .classed("is-schematic", ([id]) => byId.get(id)!.schematic)
      .classed("is-drawn", ([id]) => byId.get(id)!.drawn)
      .each(function ([id]) {
        const drawn = byId.get(id)!.drawn;
        const opacity = { v: Number(this.style.opacity || 0) };
        const to = drawn ? 1 : 0;
        const set = () => (this.style.opacity = opacity.v.toFixed(3));
        // Only a route that changes tweens: the others would cost a tween each and a write on every tick.
        if (animate && opacity.v !== to) running.push(tween(opacity, { v: to }, { seconds: 0.6, delay: drawn ? 0.5 : 0, onUpdate: set }));
        else (opacity.v = to), set();
      });
  }

  /** The words over the map, into w: the routes' labels and legend, the notes, then names, pins and lengths. */
  function drawWords(frame: MapFrame, w: Words = words) {
    const labels = frame.flows.filter((f) => f.label !== null);
    const flowLabels = positioned(w.flowLabelLayer, labels)
      .attr("data-route", (d) => d.id)
      .attr("class", (d) => `flow-label flow-label-${d.type}`);
    flowLabels.each(function (d) {
      writeLines(this, d.place);
      writeLeader(this.parentNode as SVGGElement, d.place);
    });
    const legend = w.widthLegend.selectAll("tspan").data(frame.legend?.lines ?? []).join("tspan");
    setAttr(legend, "x", frame.legend?.x ?? 0);
    setAttr(legend, "y", (_, i) => (frame.legend ? (frame.legend.y + i * frame.legend.step).toFixed(1) : null));
    setText(legend, (line) => line);
    positioned(w.noteLayer, frame.notes)
      .attr("data-note", (d) => d.id)
      .attr("class", "note")
      .each(function (d) {
        writeAttribute(this, "text-anchor", d.place?.anchor ?? "start");
        writeLines(this, d.place);
        writeLeader(this.parentNode as SVGGElement, d.place);
      });
    drawOverlay(frame, w);
    w.frame = frame;
    w.placed = null;
    placeLabels(camera, w);
  }

  /** A frame whose words wait for the next animation frame (an animated change's; see render). */
  let wordsDue: MapFrame | null = null;
  function drawDueWords() {
    const frame = wordsDue;
    wordsDue = null;
    if (frame) drawWords(frame);
  }

  function drawBorders(frame: MapFrame, animate: boolean) {
    for (const b of frame.borders) {
      const offset = borderOffset.get(b.id) ?? { v: 1 };
      borderOffset.set(b.id, offset);
      const el = borderLayer.select<SVGPathElement>(`path[data-border="${b.id}"]`);
      const set = () => el.style("stroke-dashoffset", offset.v.toFixed(3));
      const to = b.drawn ? 0 : 1;
      if (animate && offset.v !== to) running.push(tween(offset, { v: to }, { seconds: b.drawn ? 1.2 : 0.4, delay: b.drawn ? 0.4 : 0, ease: "power1.inOut", onUpdate: set }));
      else (offset.v = to), set();
      el.classed("is-drawn", b.drawn);
    }
  }

  function drawOverlay(frame: MapFrame, w: Words) {
    const labels = positioned(w.labelLayer, frame.labels)
      .attr("data-id", (d) => d.id)
      .attr("class", (d) => (frame.threat.includes(d.id) && !frame.highlight.includes(d.id) ? "label is-threat" : "label"))
      .classed("is-hidden", (d) => d.hidden);
    setText(placeText(labels), (d) => d.text);
    const pins = w.pinLayer
      .selectAll("g")
      .data(frame.pins, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "pin");
        g.append("circle").attr("r", 4);
        g.append("text");
        return g;
      })
      .attr("data-place", (d) => d.id)
      .classed("is-hidden", (d) => d.hidden)
      .select("text");
    setAttr(pins, "text-anchor", (d) => d.place?.anchor ?? "start");
    pins.each(function (d) {
      writeLeader((this as Element).parentNode as SVGGElement, d.place);
    });
    setText(placeText(pins), (d) => d.text);
    const lengths = frame.borders.filter((b) => b.length);
    const lengthTexts = w.lengthLayer
      .selectAll<SVGGElement, MapFrame["borders"][number]>("g")
      .data(lengths, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "length");
        g.append("text").attr("class", "length-halo");
        g.append("text").attr("class", "length-text");
        return g;
      })
      .attr("data-border", (d) => d.id)
      .each(function (d) {
        // The texts keep the datum they were made with: the group's is the current one.
        for (const text of (this as SVGGElement).querySelectorAll("text")) {
          writeAttribute(text, "x", String(d.place?.x ?? 0));
          writeAttribute(text, "y", String(d.place?.y ?? 0));
        }
      })
      .selectAll("text");
    setText(lengthTexts, function () {
      return (select(this.parentNode as Element).datum() as { length: string }).length;
    });
  }

  /** A text's lines where the frame placed them: each at the placed x, the first at its baseline, the next 1.15 em below. */
  function writeLines(text: SVGTextElement, place: TextPlace | null) {
    const lines = select(text).selectAll("tspan").data(place?.lines ?? []).join("tspan");
    setAttr(lines, "x", place?.x ?? 0);
    setAttr(lines, "y", (_, i) => (i === 0 ? (place?.y ?? 0) : null));
    setAttr(lines, "dy", (_, i) => (i === 0 ? null : "1.15em"));
    setText(lines, (line) => line);
  }

  /** The leader line from a label's point to its text, in the label's group, when the text moved away. */
  function writeLeader(g: SVGGElement, place: TextPlace | null) {
    const line = select(g)
      .selectAll(":scope > line.leader")
      .data(place?.leader ? [place.leader] : [])
      .join((enter) => enter.insert("line", ":first-child").attr("class", "leader").attr("stroke", "#55524c").attr("stroke-width", 0.75));
    setAttrs(line, { x1: (l) => l[0], y1: (l) => l[1], x2: (l) => l[2], y2: (l) => l[3] });
  }

  /** Writes each text where the frame placed it, relative to its group's point (labels.ts). */
  function placeText<E extends BaseType, D extends { place: TextPlace | null }, P extends BaseType, PD>(texts: Selection<E, D, P, PD>): Selection<E, D, P, PD> {
    setAttr(texts, "x", (d) => d.place?.x ?? 0);
    setAttr(texts, "y", (d) => d.place?.y ?? 0);
    return texts;
  }

  function flyTo(to: Camera, animate: boolean) {
    if (!animate) return place(to);
    const zoom = interpolateZoom(toView(camera, vp), toView(to, vp));
    const progress = { t: 0 };
    const seconds = Math.min(FLIGHT.max, Math.max(FLIGHT.min, zoom.duration / 1000));
    // The last tick draws the target exactly, off the compositor.
    running.push(tween(progress, { t: 1 }, { seconds, onUpdate: () => (progress.t >= 1 ? place(to) : glide(fromView(zoom(progress.t), vp))) }));
  }

  const scene: MapScene = {
    render(next, animate) {
      state = next;
      for (const h of running.splice(0)) h.kill();
      const frame = frameFor(next);
      target = frame;
      const highlight = new Set(frame.highlight);
      const threat = new Set(frame.threat.filter((id) => !highlight.has(id)));
      for (const id of new Set([...marked.highlight, ...marked.threat, ...highlight, ...threat])) {
        const path = countryPaths.get(id);
        path?.classList.toggle("is-highlight", highlight.has(id));
        path?.classList.toggle("is-threat", threat.has(id));
      }
      marked = { highlight, threat };
      svg
        .attr("data-highlight", frame.highlight.join(" "))
        .attr("data-threat", frame.threat.join(" "))
        .attr("data-borders", frame.borders.filter((b) => b.drawn).map((b) => b.id).join(" "))
        .attr("data-places", frame.pins.map((p) => p.id).join(" "))
        .attr("data-labels", frame.labels.map((l) => l.id).join(" "))
        .attr("data-flows", frame.flows.filter((f) => f.drawn).map((f) => f.id).join(" "))
        .attr("data-notes", frame.notes.map((n) => n.id).join(" "))
        .attr("data-camera", `${frame.camera.x.toFixed(1)} ${frame.camera.y.toFixed(1)} ${frame.camera.k.toFixed(3)}`);
      drawBorders(frame, animate);
      drawFlows(frame, animate);
      if (ahead?.frame === frame && words.frame !== frame) {
        // Drawn ahead: the step's words are laid out and their glyphs rastered already; they are only shown.
        wordsDue = null;
        [words, ahead] = [ahead, words];
        showWords(words, ahead);
        placeLabels(camera);
      } else if (animate) {
        // Otherwise an animated change draws its words in the next frame: new names, pins and notes are SVG
        // text to lay out and paint (12 + 10 ms at 4x CPU for cross-border-threats), which made the step's
        // frame, already busy with the flight's start, one of the few over 50 ms. The last change's words win.
        if (!wordsDue) inNextFrame(drawDueWords);
        wordsDue = frame;
      } else {
        wordsDue = null;
        drawWords(frame);
      }
      // The routes' new widths for the world as drawn (the words place themselves where the camera is): a
      // flight this step interrupts carries on from there, without drawing the whole world again first.
      drawWidths(drawnCamera.k);
      flyTo(frame.camera, animate);
    },
    resize(viewport) {
      if (viewport.width === vp.width && viewport.height === vp.height && viewport.clear === vp.clear) return;
      vp = viewport;
      layout();
      if (state) scene.render(state, false);
    },
    // The step's frame, and its words drawn ahead, hidden: a step that showed new words paid for their
    // layout and first raster in the frames of its flight. In the bench's scroll (interleaved builds, 22
    // passes each, 2026-11-27) 10 passes had a frame over 40 ms, 7 of the 12 such frames at
    // cross-border-threats; with the words drawn ahead, 1 pass had one.
    *prepare(next) {
      if (frames.has(next)) return;
      const laidOut = model;
      const frame = yield* mapFrameSteps(next, model, vp, frameData);
      // A new layout while it was worked out makes it stale: the step works its frame out again when shown.
      if (model === laidOut && !frames.has(next)) frames.set(next, frame);
    },
    plan(next) {
      const frame = frameFor(next);
      if (words.frame === frame || ahead?.frame === frame) return;
      if (!ahead) sizeWords((ahead = createWords(container, true)));
      drawWords(frame, ahead);
      warm(ahead);
    },
    frame: () => target,
    destroy() {
      for (const h of running.splice(0)) h.kill();
      wordsDue = null;
      svg.remove();
      words.svg.remove();
      ahead?.svg.remove();
    },
  };
  layout();
  return scene;
}

