// The map scene's one DOM file: draws MapFrames into an SVG and moves between them.
import { interpolateZoom } from "d3-interpolate";
import { select } from "d3-selection";
import type { Geo } from "../../geo/load.ts";
import type { Payload } from "../../model/payload.ts";
import type { StepState } from "../../model/state.ts";
import { tween, type Handle } from "../../motion/tween.ts";
import { apply, cameraTransform, fromView, toView, type Camera, type Viewport } from "./camera.ts";
import { mapFrame, type MapFrame } from "./frame.ts";
import { buildMapModel, type MapModel } from "./model.ts";
import { regionProjection } from "./projection.ts";

const SVG = "http://www.w3.org/2000/svg";
const FLIGHT = { min: 0.6, max: 1.2 };
const BORDER_WIDTH = 3.5;

export interface MapScene {
  /** Shows a step: with a tween from whatever is shown now, or at once. */
  render(state: StepState, animate: boolean): void;
  /** Re-fits to a new size (call on width changes), keeping the current step. */
  resize(viewport: Viewport): void;
  /** The frame currently targeted (what the map shows once tweens end). */
  frame(): MapFrame | null;
  destroy(): void;
}

export function createMapScene(container: HTMLElement, payload: Payload, geo: Geo, viewport: Viewport): MapScene {
  let vp = viewport;
  let model: MapModel;
  let camera: Camera = { x: 0, y: 0, k: 1 };
  let target: MapFrame | null = null;
  let state: StepState | null = null;
  const running: Handle[] = [];
  const borderOffset = new Map<string, { v: number }>();

  const svg = select(container).append("svg").attr("xmlns", SVG).attr("class", "map").attr("aria-hidden", "true").attr("focusable", "false");
  const defs = svg.append("defs");
  const hatch = defs.append("pattern").attr("id", "map-hatch").attr("patternUnits", "userSpaceOnUse").attr("width", 6).attr("height", 6);
  hatch.append("rect").attr("width", 6).attr("height", 6).attr("class", "hatch-bg");
  hatch.append("path").attr("d", "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2").attr("class", "hatch-line");
  svg.append("rect").attr("class", "sea");
  const world = svg.append("g").attr("class", "world");
  const countryLayer = world.append("g").attr("class", "countries");
  const borderLayer = world.append("g").attr("class", "borders");
  const overlay = svg.append("g").attr("class", "overlay");
  const lengthLayer = overlay.append("g").attr("class", "lengths");
  const pinLayer = overlay.append("g").attr("class", "pins");
  const labelLayer = overlay.append("g").attr("class", "labels");

  function layout() {
    model = buildMapModel(geo, payload, regionProjection(vp.width, vp.height));
    svg.attr("viewBox", `0 0 ${vp.width} ${vp.height}`).attr("width", vp.width).attr("height", vp.height);
    svg.select("rect.sea").attr("width", vp.width).attr("height", vp.height);
    countryLayer.selectAll("path").data(model.countries, (d) => (d as { id: string }).id).join("path").attr("data-id", (d) => d.id).attr("d", (d) => d.d);
    borderLayer
      .selectAll("path")
      .data([...model.borders], (d) => (d as [string, unknown])[0])
      .join("path")
      .attr("data-border", ([id]) => id)
      .attr("d", ([, b]) => b.d)
      .attr("pathLength", 1);
  }

  /** Cheap per-tick work: one transform, and positions of the few labels and pins. No layout reads. */
  function place(c: Camera) {
    camera = c;
    world.attr("transform", cameraTransform(c));
    hatch.attr("patternTransform", `scale(${(1 / c.k).toFixed(4)})`);
    // Dashes measured with pathLength break under non-scaling-stroke, so the drawn borders scale their width instead.
    borderLayer.style("stroke-width", `${(BORDER_WIDTH / c.k).toFixed(3)}px`);
    const at = (p: readonly [number, number]) => {
      const [x, y] = apply(c, p);
      return `translate(${x.toFixed(1)},${y.toFixed(1)})`;
    };
    labelLayer.selectAll<SVGTextElement, { at: [number, number] }>("text").attr("transform", (d) => at(d.at));
    pinLayer.selectAll<SVGGElement, { at: [number, number] }>("g").attr("transform", (d) => at(d.at));
    lengthLayer.selectAll<SVGGElement, { at: [number, number] }>("g").attr("transform", (d) => at(d.at));
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

  function drawOverlay(frame: MapFrame) {
    labelLayer
      .selectAll("text")
      .data(frame.labels, (d) => (d as { id: string }).id)
      .join("text")
      .attr("data-id", (d) => d.id)
      .attr("class", (d) => (frame.threat.includes(d.id) && !frame.highlight.includes(d.id) ? "label is-threat" : "label"))
      .text((d) => d.text);
    pinLayer
      .selectAll("g")
      .data(frame.pins, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "pin");
        g.append("circle").attr("r", 4);
        g.append("text").attr("x", 7).attr("y", 4);
        return g;
      })
      .attr("data-place", (d) => d.id)
      .select("text")
      .text((d) => d.text);
    const lengths = frame.borders.filter((b) => b.length);
    lengthLayer
      .selectAll("g")
      .data(lengths, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "length");
        g.append("text").attr("class", "length-halo");
        g.append("text").attr("class", "length-text");
        return g;
      })
      .attr("data-border", (d) => d.id)
      .selectAll("text")
      .text(function () {
        const d = select((this as Element).parentNode as Element).datum() as { length: string };
        return d.length;
      });
  }

  function flyTo(to: Camera, animate: boolean) {
    if (!animate) return place(to);
    const zoom = interpolateZoom(toView(camera, vp), toView(to, vp));
    const progress = { t: 0 };
    const seconds = Math.min(FLIGHT.max, Math.max(FLIGHT.min, zoom.duration / 1000));
    running.push(tween(progress, { t: 1 }, { seconds, onUpdate: () => place(fromView(zoom(progress.t), vp)) }));
  }

  const scene: MapScene = {
    render(next, animate) {
      state = next;
      for (const h of running.splice(0)) h.kill();
      const frame = mapFrame(next.map, model, vp, payload.countryNames);
      target = frame;
      const highlight = new Set(frame.highlight);
      const threat = new Set(frame.threat);
      countryLayer
        .selectAll<SVGPathElement, { id: string }>("path")
        .classed("is-highlight", (d) => highlight.has(d.id))
        .classed("is-threat", (d) => threat.has(d.id) && !highlight.has(d.id));
      svg
        .attr("data-step", next.id)
        .attr("data-highlight", frame.highlight.join(" "))
        .attr("data-threat", frame.threat.join(" "))
        .attr("data-borders", frame.borders.filter((b) => b.drawn).map((b) => b.id).join(" "))
        .attr("data-places", frame.pins.map((p) => p.id).join(" "))
        .attr("data-labels", frame.labels.map((l) => l.id).join(" "))
        .attr("data-camera", `${frame.camera.x.toFixed(1)} ${frame.camera.y.toFixed(1)} ${frame.camera.k.toFixed(3)}`);
      drawBorders(frame, animate);
      drawOverlay(frame);
      place(camera);
      flyTo(frame.camera, animate);
    },
    resize(viewport) {
      if (viewport.width === vp.width && viewport.height === vp.height) return;
      vp = viewport;
      layout();
      if (state) scene.render(state, false);
    },
    frame: () => target,
    destroy() {
      for (const h of running.splice(0)) h.kill();
      svg.remove();
    },
  };
  layout();
  return scene;
}

