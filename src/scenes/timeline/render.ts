// The timeline scene's one DOM file: draws TimelineFrames into an SVG and tweens between them.
// The axis, legend and words change at once; markers, stems and labels move, grow and fade through one
// tween per render that interpolates numbers computed beforehand (no layout reads; ../morph.ts runs it).
import { select } from "d3-selection";
import { appendSvg } from "../appendSvg.ts";
import type { TimelineState } from "../../model/state.ts";
import { createMorphScene, keeper, type MorphScene, type Move, type Shape } from "../morph.ts";
import type { Viewport } from "../scene.ts";
import { PART_GAP, TIMELINE, timelineFrame, type LabelPart, type TimelineFrame, type TimelineItem, type TimelineLegendItem } from "./frame.ts";
import type { EventRecord } from "./types.ts";
import { setAttr, setAttrs, setText, writeAttribute } from "../write.ts";

const SECONDS = 0.8;
/** The break mark across the axis where its scale changes, centred on (0, 0). */
const BREAK = "M-6,-1 L6,-5 M-6,5 L6,1";

export type TimelineScene = MorphScene<TimelineState, TimelineFrame>;

const num = (v: number) => String(Math.round(v * 10) / 10);
const op = (v: number) => String(Math.round(v * 100) / 100);

/** An event's moving numbers. */
const eventShape = (it: TimelineItem, opacity = 1): Shape => ({
  dx: it.dot.x, dy: it.dot.y,
  mx: it.marker.x, my: it.marker.y, r: it.marker.r,
  lx: it.label.x, ly: it.label.y,
  x1: it.stem.x1, y1: it.stem.y1, x2: it.stem.x2, y2: it.stem.y2,
  opacity,
});

function paintEvent(el: Element, s: Shape) {
  writeAttribute(el, "opacity", op(s.opacity));
  const [stem, dot, marker, label] = [el.children[0], el.children[1], el.children[2], el.children[3]];
  writeAttribute(stem, "x1", num(s.x1));
  writeAttribute(stem, "y1", num(s.y1));
  writeAttribute(stem, "x2", num(s.x2));
  writeAttribute(stem, "y2", num(s.y2));
  writeAttribute(dot, "cx", num(s.dx));
  writeAttribute(dot, "cy", num(s.dy));
  writeAttribute(marker, "cx", num(s.mx));
  writeAttribute(marker, "cy", num(s.my));
  writeAttribute(marker, "r", num(Math.max(0, s.r)));
  writeAttribute(label, "transform", `translate(${num(s.lx)},${num(s.ly)})`);
}

const NO_BAND: Shape = { x: 0, y: 0, width: 0, height: 0, opacity: 0 };

function paintBand(el: Element, s: Shape) {
  writeAttribute(el, "x", num(s.x));
  writeAttribute(el, "y", num(s.y));
  writeAttribute(el, "width", num(Math.max(0, s.width)));
  writeAttribute(el, "height", num(Math.max(0, s.height)));
  writeAttribute(el, "opacity", op(s.opacity));
}

export function createTimelineScene(host: HTMLElement, events: readonly EventRecord[], viewport: Viewport): TimelineScene {
  const shown = new Map<string, Shape>();
  let bandShown: Shape = NO_BAND;

  const svg = appendSvg(host, "timeline");
  const legendLayer = svg.append("g").attr("class", "legend");
  const band = svg.append("rect").attr("class", "focus-band").attr("rx", 4);
  const axis = svg.append("g").attr("class", "axis");
  const axisLine = axis.append("line").attr("class", "axis-line");
  const breakLayer = axis.append("g").attr("class", "breaks");
  const tickLayer = axis.append("g").attr("class", "ticks");
  const eventLayer = svg.append("g").attr("class", "events");

  function drawStatic(frame: TimelineFrame, vp: Viewport) {
    // Taller than its box when the labels need it (frame.ts): the box then scrolls, by finger and by keyboard.
    const scrolls = frame.height > vp.height;
    host.classList.toggle("is-scrolling", scrolls);
    if (scrolls) host.tabIndex = 0;
    else host.removeAttribute("tabindex");
    setAttrs(svg, { viewBox: `0 0 ${vp.width} ${frame.height}`, width: vp.width, height: frame.height })
      .classed("is-narrow", frame.narrow)
      .attr("data-events", frame.events.join(" "))
      .attr("data-focus", frame.focus.join(" "));
    const items = legendLayer
      .selectAll<SVGGElement, TimelineLegendItem>("g.legend-item")
      .data(frame.legend, (d) => (d as TimelineLegendItem).key)
      .join((enter) =>
        enter.append("g").each(function (d) {
          // The symbols, drawn once: a filled marker; a dashed stem and a hollow marker; the break mark.
          const g = select(this).attr("class", `legend-item is-${d.key}`).attr("data-key", d.key);
          if (d.key === "sourced" || d.key === "article") {
            g.append("line").attr("class", "stem");
            g.append("circle").attr("class", "marker").attr("r", TIMELINE.marker);
          }
          if (d.key === "scale") {
            g.append("line").attr("class", "axis-line");
            g.append("path").attr("class", "break").attr("d", BREAK);
          }
          g.append("text");
        }),
      );
    setText(setAttrs(items.select("text"), { x: (d) => num(d.textX), y: (d) => num(d.y) }), (d) => d.text);
    const marked = items.filter((d) => d.key === "sourced" || d.key === "article");
    setAttrs(marked.select("line"), { x1: (d) => num(d.x), x2: (d) => num(d.x + 18), y1: (d) => num(d.y - 4), y2: (d) => num(d.y - 4) });
    setAttrs(marked.select("circle"), { cx: (d) => num(d.x + 24), cy: (d) => num(d.y - 4) });
    const scale = items.filter((d) => d.key === "scale");
    setAttrs(scale.select("line"), { x1: (d) => num(d.x + 8), x2: (d) => num(d.x + 8), y1: (d) => num(d.y - 13), y2: (d) => num(d.y + 5) });
    setAttr(scale.select("path"), "transform", (d) => `translate(${num(d.x + 8)},${num(d.y - 4)})`);

    setAttrs(axisLine, { x1: num(frame.axis.x), x2: num(frame.axis.x), y1: num(frame.axis.top), y2: num(frame.axis.bottom) });
    const breaks = breakLayer.selectAll("path").data(frame.axis.breaks).join("path").attr("class", "break");
    setAttrs(breaks, { d: BREAK, transform: (y) => `translate(${num(frame.axis.x)},${num(y)})` });
    const ticks = tickLayer
      .selectAll<SVGGElement, TimelineFrame["ticks"][number]>("g.tick")
      .data(frame.ticks, (d) => String((d as { year: number }).year))
      .join((enter) => {
        const g = enter.append("g").attr("class", "tick");
        g.append("line");
        g.append("text");
        return g;
      })
      .attr("data-year", (d) => d.year);
    setAttrs(ticks.select("line"), { x1: num(frame.axis.x - 4), x2: num(frame.axis.x), y1: (d) => num(d.y), y2: (d) => num(d.y) });
    setText(setAttrs(ticks.select("text"), { x: (d) => num(d.x), y: (d) => num(d.y + 4) }), (d) => d.text);
  }

  /** Joins the events and returns how each (and the focus band) moves from what is shown now to the frame. */
  function moves(frame: TimelineFrame): Move[] {
    const out: Move[] = [];
    eventLayer
      .selectAll<SVGGElement, TimelineItem>("g.event")
      .data(frame.items, (d) => d.id)
      .join(
        (enter) => {
          const g = enter.append("g");
          g.append("line").attr("class", "stem");
          g.append("circle").attr("class", "dot").attr("r", TIMELINE.dot);
          g.append("circle").attr("class", "marker");
          g.append("text").attr("class", "label");
          return g;
        },
        (update) => update,
        (exit) =>
          exit.each(function (d) {
            const from = shown.get(d.id) ?? eventShape(d);
            out.push({ el: this, from, to: { ...from, opacity: 0 }, exit: true, paint: paintEvent, keep: keeper(shown, d.id) });
          }),
      )
      .attr("class", (d) => `event${d.article ? " is-article" : " is-sourced"}${d.focus ? " is-focus" : ""}${d.muted ? " is-muted" : ""}`)
      .attr("data-id", (d) => d.id)
      .each(function (d) {
        const to = eventShape(d);
        const from = shown.get(d.id) ?? { ...to, r: 0, opacity: 0 };
        out.push({ el: this, from, to, exit: false, paint: paintEvent, keep: keeper(shown, d.id) });
        writeLabel(select(this).select<SVGTextElement>("text.label"), d);
      });
    if (frame.band) {
      const to = { ...frame.band, opacity: 1 };
      out.push({ el: band.node()!, from: bandShown.opacity > 0 ? bandShown : { ...to, opacity: 0 }, to, exit: false, paint: paintBand, keep: (s) => void (bandShown = s ?? NO_BAND) });
    } else {
      out.push({ el: band.node()!, from: bandShown, to: { ...bandShown, opacity: 0 }, end: NO_BAND, exit: false, paint: paintBand, keep: (s) => void (bandShown = s ?? NO_BAND) });
    }
    return out;
  }

  /** The label's lines as tspans: the date in bold, the event, the article note; text only, never markup. */
  function writeLabel(text: ReturnType<typeof select<SVGTextElement, unknown>>, d: TimelineItem) {
    const lines = text.selectAll<SVGTSpanElement, readonly LabelPart[]>("tspan.line").data(d.label.lines).join("tspan").attr("class", "line");
    setAttrs(lines, { x: 0, y: (_, i) => num(i * d.label.line) });
    const parts = lines
      .selectAll<SVGTSpanElement, LabelPart>("tspan")
      .data((parts) => parts)
      .join("tspan")
      .attr("class", (p) => p.kind);
    setText(setAttr(parts, "dx", (_, i) => (i > 0 ? PART_GAP : null)), (p) => p.text);
  }

  return createMorphScene<TimelineState, TimelineFrame>({
    viewport,
    seconds: SECONDS,
    frame: (state, vp) => timelineFrame(state, events, vp),
    draw: (frame, _state, vp) => {
      drawStatic(frame, vp);
      return moves(frame);
    },
    remove: () => {
      svg.remove();
      host.classList.remove("is-scrolling");
      host.removeAttribute("tabindex");
    },
  });
}
