// The chart scene's one DOM file: draws ChartFrames into an SVG and tweens bars between them.
// Axes, legend and words change at once; bars grow, shrink and fade through one tween per render that
// interpolates numbers computed beforehand (no layout reads while it runs; the engine is ../morph.ts).
import type { BaseType, Selection } from "d3-selection";
import { appendSvg } from "../appendSvg.ts";
import type { ChartState } from "../../model/state.ts";
import { createMorphScene, keeper, type MorphScene, type Move, type Shape } from "../morph.ts";
import type { Viewport } from "../scene.ts";
import { chartFrame, type ChartBar, type ChartFrame, type ChartValueLabel, type LegendItem, type TextAt } from "./frame.ts";
import { LABEL_GAP } from "./layout.ts";
import type { ChartRecord } from "./types.ts";
import { setAttrs, setText, writeAttribute } from "../write.ts";

const SECONDS = 0.8;
/** Fill opacity of a bar that is not highlighted while others are; its outline stays at full strength. */
export const DIM = 0.3;

export type ChartScene = MorphScene<ChartState, ChartFrame | null>;

interface BarShape extends Shape { x: number; y: number; width: number; height: number; opacity: number }
interface LabelShape extends Shape { x: number; y: number; opacity: number }
type Bar = ChartBar & { id: string };
type Label = ChartValueLabel & { id: string };

const num = (v: number) => String(Math.round(v * 10) / 10);
const op = (v: number) => String(Math.round(v * 100) / 100);

function paintBar(el: Element, s: Shape) {
  writeAttribute(el, "x", num(s.x));
  writeAttribute(el, "y", num(s.y));
  writeAttribute(el, "width", num(s.width));
  writeAttribute(el, "height", num(Math.max(0, s.height)));
  writeAttribute(el, "fill-opacity", op(s.opacity));
}

function paintLabel(el: Element, s: Shape, rotated: boolean) {
  writeAttribute(el, "transform", `translate(${num(s.x)},${num(s.y)})${rotated ? " rotate(-90)" : ""}`);
  writeAttribute(el, "opacity", op(s.opacity));
}

export function createChartScene(host: HTMLElement, charts: readonly ChartRecord[], viewport: Viewport): ChartScene {
  const byId = new Map(charts.map((c) => [c.id, c]));
  const bars = new Map<string, BarShape>();
  const labels = new Map<string, LabelShape>();

  const svg = appendSvg(host, "chart");
  const defs = svg.append("defs");
  // Series 2 and 3 carry a pattern as well as a colour, so they are told apart without colour.
  const stripes = defs.append("pattern").attr("id", "chart-pattern-1").attr("patternUnits", "userSpaceOnUse").attr("width", 6).attr("height", 6).attr("patternTransform", "rotate(45)");
  stripes.append("rect").attr("class", "pattern-bg s1").attr("width", 6).attr("height", 6);
  stripes.append("rect").attr("class", "pattern-mark").attr("width", 2).attr("height", 6);
  const dots = defs.append("pattern").attr("id", "chart-pattern-2").attr("patternUnits", "userSpaceOnUse").attr("width", 5).attr("height", 5);
  dots.append("rect").attr("class", "pattern-bg s2").attr("width", 5).attr("height", 5);
  dots.append("circle").attr("class", "pattern-mark").attr("cx", 2.5).attr("cy", 2.5).attr("r", 1.3);

  const grid = svg.append("g").attr("class", "grid");
  const axisTitle = svg.append("text").attr("class", "axis-title");
  const barLayer = svg.append("g").attr("class", "bars");
  const baseline = svg.append("line").attr("class", "baseline");
  const valueLayer = svg.append("g").attr("class", "values");
  const yearLayer = svg.append("g").attr("class", "years");
  const contextLayer = svg.append("g").attr("class", "context");
  const contextHeader = contextLayer.append("g").attr("class", "context-headers");
  const contextValues = contextLayer.append("g").attr("class", "context-values");
  const legendLayer = svg.append("g").attr("class", "legend");
  const noteLayer = svg.append("g").attr("class", "note");
  // A compact chart's note: text that scrolls in a box of its own over the picture's foot (frame.ts); made when first needed.
  let noteBox: HTMLElement | null = null;

  const at = <E extends BaseType, D extends TextAt>(sel: Selection<E, D, BaseType, unknown>) => setText(setAttrs(sel, { x: (d) => num(d.x), y: (d) => num(d.y) }), (d) => d.text);

  function drawStatic(frame: ChartFrame | null, chartId: string, vp: Viewport) {
    setAttrs(svg, { viewBox: `0 0 ${vp.width} ${vp.height}`, width: vp.width, height: vp.height })
      .attr("data-chart", chartId)
      .attr("data-highlight", frame ? frame.highlight.join(" ") : "");
    // One group per tick (its gridline and its label), so ticks entering and leaving keep their order.
    const ticks = grid
      .selectAll<SVGGElement, ChartFrame["ticks"][number]>("g.tick")
      .data(frame?.ticks ?? [], (d) => String((d as { value: number }).value))
      .join((enter) => {
        const g = enter.append("g").attr("class", "tick");
        g.append("line");
        g.append("text");
        return g;
      })
      .attr("data-value", (d) => d.value);
    setAttrs(ticks.select("line"), { x1: num(frame?.plot.x ?? 0), x2: num(frame ? frame.plot.x + frame.plot.width : 0), y1: (d) => num(d.y), y2: (d) => num(d.y) });
    at(ticks.select<SVGTextElement>("text"));
    setText(setAttrs(axisTitle, { x: num(frame?.axisTitle.x ?? 0), y: num(frame?.axisTitle.y ?? 0) }), frame?.axisTitle.text ?? "");
    const base = num(frame ? frame.plot.y + frame.plot.height : 0);
    setAttrs(baseline, { x1: num(frame?.plot.x ?? 0), x2: num(frame ? frame.plot.x + frame.plot.width : 0), y1: base, y2: base });
    at(
      yearLayer
        .selectAll<SVGTextElement, TextAt & { key: string; highlight: boolean }>("text")
        .data(frame?.years ?? [], (d) => (d as { key: string }).key)
        .join("text")
        .attr("data-row", (d) => d.key)
        .attr("class", (d) => (d.highlight ? "year is-highlight" : "year")),
    );
    const context = frame?.context;
    at(contextHeader.selectAll<SVGTextElement, TextAt>("text").data(context ? [context.header] : []).join("text").attr("class", "context-header"));
    at(
      contextValues
        .selectAll<SVGTextElement, TextAt & { key: string; highlight: boolean }>("text.context-value")
        .data(context?.values ?? [], (d) => (d as { key: string }).key)
        .join("text")
        .attr("data-row", (d) => d.key)
        .attr("class", (d) => (d.highlight ? "context-value is-highlight" : "context-value")),
    );
    const items = legendLayer
      .selectAll<SVGGElement, LegendItem>("g.legend-item")
      .data(frame?.legend ?? [], (d) => `${(d as LegendItem).kind}:${(d as LegendItem).key}`)
      .join((enter) => enter.append("g"))
      .attr("class", (d) => `legend-item is-${d.kind}`)
      .attr("data-series", (d) => (d.kind === "series" ? d.key : null))
      .attr("data-context", (d) => (d.kind === "context" ? d.key : null));
    const swatches = items
      .selectAll("rect")
      .data((d) => (d.swatch ? [d] : []))
      .join("rect")
      .attr("class", (d) => `swatch s${d.slot}`);
    setAttrs(swatches, { x: (d) => num(d.swatch!.x), y: (d) => num(d.swatch!.y), width: (d) => num(d.swatch!.width), height: (d) => num(d.swatch!.height) });
    at(items.selectAll<SVGTextElement, TextAt>("text").data((d) => [d.label]).join("text"));
    at(noteLayer.selectAll<SVGTextElement, TextAt>("text").data(frame?.note ?? []).join("text"));
    drawNoteBox(frame?.noteBox ?? null);
  }

  function drawNoteBox(box: ChartFrame["noteBox"]) {
    if (!box && !noteBox) return;
    noteBox ??= host.appendChild(Object.assign(host.ownerDocument.createElement("div"), { className: "chart-note" }));
    noteBox.hidden = !box;
    if (!box) return noteBox.removeAttribute("tabindex");
    Object.assign(noteBox.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` });
    if (noteBox.textContent !== box.text) noteBox.textContent = box.text;
    noteBox.tabIndex = 0; // it scrolls, so a keyboard reader can scroll it too
  }

  /** Joins the bars and value labels and returns how each moves from what is shown now to the frame. */
  function moves(frame: ChartFrame | null): Move[] {
    const out: Move[] = [];
    const base = frame ? frame.plot.y + frame.plot.height : 0;
    const barData: Bar[] = (frame?.bars ?? []).map((b) => ({ ...b, id: `${frame!.id}:${b.key}` }));
    barLayer
      .selectAll<SVGRectElement, Bar>("rect.bar")
      .data(barData, (d) => d.id)
      .join(
        (enter) => enter.append("rect"),
        (update) => update,
        (exit) =>
          exit.each(function (d) {
            const from = bars.get(d.id)!;
            out.push({ el: this, from, to: { ...from, y: from.y + from.height, height: 0, opacity: 0 }, exit: true, paint: paintBar, keep: keeper(bars, d.id) });
          }),
      )
      .attr("class", (d) => `bar s${d.slot}${d.highlight ? " is-highlight" : ""}${d.dim ? " is-dim" : ""}`)
      .attr("data-row", (d) => d.row)
      .attr("data-series", (d) => d.series)
      .each(function (d) {
        const to: BarShape = { x: d.x, y: d.y, width: d.width, height: d.height, opacity: d.dim ? DIM : 1 };
        const from = bars.get(d.id) ?? { ...to, y: d.y + d.height, height: 0 };
        out.push({ el: this, from, to, exit: false, paint: paintBar, keep: keeper(bars, d.id) });
      });
    const labelData: Label[] = (frame?.values ?? []).map((l) => ({ ...l, id: `${frame!.id}:${l.key}` }));
    const values = valueLayer
      .selectAll<SVGTextElement, Label>("text.value")
      .data(labelData, (d) => d.id)
      .join(
        (enter) => enter.append("text"),
        (update) => update,
        (exit) =>
          exit.each(function (d) {
            const from = labels.get(d.id)!;
            out.push({ el: this, from, to: { ...from, opacity: 0 }, exit: true, paint: (el, s) => paintLabel(el, s, d.rotated), keep: keeper(labels, d.id) });
          }),
      )
      .attr("class", (d) => `value${d.rotated ? " is-rotated" : ""}${d.highlight ? " is-highlight" : ""}${d.dim ? " is-dim" : ""}`)
      .attr("data-row", (d) => d.row)
      .attr("data-series", (d) => d.series);
    setText(values, (d) => d.text).each(function (d) {
        const to: LabelShape = { x: d.x, y: d.y, opacity: 1 };
        const from = labels.get(d.id) ?? { x: d.x, y: base - LABEL_GAP, opacity: 0 };
        out.push({ el: this, from, to, exit: false, paint: (el, s) => paintLabel(el, s, d.rotated), keep: keeper(labels, d.id) });
      });
    return out;
  }

  drawStatic(null, "", viewport);
  return createMorphScene<ChartState, ChartFrame | null>({
    viewport,
    seconds: SECONDS,
    frame: (state, vp) => {
      const chart = byId.get(state.id);
      return chart ? chartFrame(state, chart, vp) : null;
    },
    draw: (frame, state, vp) => {
      drawStatic(frame, state.id, vp);
      return moves(frame);
    },
    remove: () => {
      svg.remove();
      noteBox?.remove();
    },
  });
}
