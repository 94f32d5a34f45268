// The alliances scene's one DOM file: draws AlliancesFrames into an SVG and morphs between them.
//
// Every actor, relation and legend entry of the data has its element from the start; a frame says which are
// shown. Each element carries a few numbers (opacity, how much of a line is drawn, focus) that one tween per
// render moves from wherever they are now to the frame's values, writing attributes on each tick (no layout
// reads). When a render ends, or `render(state, false)` is called, every attribute is written from the frame
// alone, so the picture of a step never depends on the way the reader reached it.
import { select, type Selection } from "d3-selection";
import { appendSvg } from "../appendSvg.ts";
import type { AlliancesState } from "../../model/state.ts";
import { tween, type Handle } from "../../motion/tween.ts";
import type { Scene, Viewport } from "../scene.ts";
import { pathD } from "./edges.ts";
import { alliancesFrame, alliancesFrameFor, alliancesModel, legendEntries, type AlliancesFrame, type AlliancesModel, type EdgeFrame, type LegendEntry, type NodeFrame, type RelationLabel } from "./frame.ts";
import { FOCUS_SCALE, minorSize } from "./layout.ts";
import { RELATION_TYPES, type AlliancesData, type RelationType } from "./types.ts";
import { writeAttribute } from "../write.ts";

const SECONDS = 1.1;
/** Parts of the one tween (0..1) in which each kind of change happens: leave, then move and focus, then enter. */
const WINDOW = {
  leave: [0, 0.35],
  focus: [0.15, 0.7],
  legend: [0.15, 0.7],
  enter: [0.3, 0.7],
  draw: [0.45, 1],
  label: [0.75, 1],
} as const;

export interface AlliancesScene extends Scene<AlliancesState> {
  /** The frame currently targeted (what the diagram shows once tweens end). */
  frame(): AlliancesFrame | null;
}

interface NodeValues { o: number; f: number; pn: number }
interface EdgeValues { o: number; t: number; lo: number }
interface LegendValues { o: number; x: number; y: number }

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The elements a tick writes, found once per build: a tick then runs no selector. */
interface NodeElements { g: SVGGElement; shape: SVGGElement; parts: SVGTextElement[] }
interface EdgeElements { g: SVGGElement; relation: SVGPathElement; marker: SVGPathElement; label: SVGTextElement }

export function createAlliancesScene(host: HTMLElement, data: AlliancesData, viewport: Viewport): AlliancesScene {
  let vp = viewport;
  let model: AlliancesModel; // build() lays it out, once per viewport
  let state: AlliancesState | null = null;
  let target: AlliancesFrame | null = null;
  let running: Handle | null = null;

  const nodeValues = new Map(data.actors.map((a) => [a.id, { o: 0, f: 0, pn: 0 } as NodeValues]));
  const edgeValues = new Map(data.relations.map((r) => [r.id, { o: 0, t: 0, lo: 0 } as EdgeValues]));
  const legendValues = new Map(RELATION_TYPES.map((t) => [t, { o: 0, x: 0, y: 0 } as LegendValues]));
  /** The label text each relation's label element holds now (it changes only while invisible). */
  const labelShown = new Map<string, { key: string }>();
  const keyOf = (label: RelationLabel | null) => JSON.stringify(label);
  const nodeElements = new Map<string, NodeElements>();
  const edgeElements = new Map<string, EdgeElements>();
  const legendElements = new Map<RelationType, SVGGElement>();

  const svg = appendSvg(host, "alliances")
    .attr("data-actors", "")
    .attr("data-relations", "")
    .attr("data-focus", "");
  const backdrop = svg.append("rect").attr("class", "backdrop");
  const ringLayer: G = svg.append("g").attr("class", "rings");
  const edgeLayer: G = svg.append("g").attr("class", "relations");
  const nodeLayer: G = svg.append("g").attr("class", "actors");
  const labelLayer: G = svg.append("g").attr("class", "relation-labels");
  const legendLayer: G = svg.append("g").attr("class", "legend");

  /** (Re)builds every element for the current viewport: static geometry and text. */
  function build() {
    model = alliancesModel(data, vp);
    const frame = alliancesFrame({ actors: [], relations: [], focus: [] }, data, vp, model);
    svg.attr("viewBox", `0 0 ${vp.width} ${vp.height}`).attr("width", vp.width).attr("height", vp.height);
    backdrop.attr("width", vp.width).attr("height", vp.height);

    for (const [layer, ring] of [[ringLayer, true], [edgeLayer, false]] as const) {
      layer
        .selectAll<SVGGElement, EdgeFrame>("g.edge")
        .data(frame.edges.filter((e) => (e.style.ring !== null) === ring), (d) => d.id)
        .join((enter) => {
          const g = enter.append("g").attr("class", "edge");
          g.append("path").attr("class", "relation");
          g.append("path").attr("class", "relation-marker");
          return g;
        })
        .attr("data-id", (d) => d.id)
        .attr("data-type", (d) => d.type)
        .each(function (d) {
          const g = select(this);
          g.select("path.relation")
            .attr("data-id", d.id)
            .attr("data-type", d.type)
            .attr("stroke", d.style.colour)
            .attr("stroke-width", d.style.width)
            .attr("stroke-dasharray", d.style.dash)
            .attr("fill", "none");
          g.select("path.relation-marker").attr("d", d.marker).attr("fill", d.style.marker === "ring" ? "#fff" : d.style.colour).attr("stroke", d.style.colour).attr("stroke-width", d.style.marker === "ring" ? 2 : 1);
        });
    }

    nodeLayer
      .selectAll<SVGGElement, NodeFrame>("g.actor")
      .data(frame.nodes, (d) => d.id)
      .join((enter) => enter.append("g").attr("class", "actor"))
      .attr("data-id", (d) => d.id)
      .attr("data-group", (d) => d.group)
      .attr("data-kind", (d) => d.kind)
      .attr("transform", (d) => `translate(${d.x},${d.y})`)
      .each(function (d) {
        const g = select(this);
        g.selectAll("*").remove();
        const shape = g.append("g").attr("class", "shape");
        if (d.parts.length === 2) {
          // A divided actor: two halves with a gap between them, each named at its side.
          const r = d.r;
          shape.append("path").attr("class", "half west").attr("d", `M-1,${-r}A${r},${r} 0 0,0 -1,${r}Z`);
          shape.append("path").attr("class", "half east").attr("d", `M1,${-r}A${r},${r} 0 0,1 1,${r}Z`);
        } else if (d.kind === "bloc") {
          const s = d.r * 0.9;
          shape.append("rect").attr("x", -s).attr("y", -s).attr("width", 2 * s).attr("height", 2 * s).attr("rx", s * 0.35);
        } else shape.append("circle").attr("r", d.r);
        const local = (x: number, y: number) => [Math.round((x - d.x) * 10) / 10, Math.round((y - d.y) * 10) / 10];
        const [lx, ly] = local(d.label.x, d.label.y);
        g.append("text").attr("class", "actor-name").attr("x", lx).attr("y", ly).attr("font-size", d.label.size).text(d.short);
        if (d.sublabel) {
          const [sx, sy] = local(d.sublabel.x, d.sublabel.y);
          g.append("text").attr("class", "actor-members").attr("x", sx).attr("y", sy).attr("font-size", d.sublabel.size).text(d.sublabel.text);
        }
        for (const p of d.parts) {
          const [px, py] = local(p.label.x, p.label.y);
          g.append("text").attr("class", `actor-part ${p.side}`).attr("data-part", p.id).attr("x", px).attr("y", py).attr("text-anchor", p.label.anchor).attr("font-size", p.label.size).text(p.short);
        }
      });

    // Attributes that change later are created here, in a fixed order, and never removed: the markup of a
    // step is then the same whatever came before it.
    labelLayer
      .selectAll<SVGTextElement, EdgeFrame>("text.relation-label")
      .data(frame.edges, (d) => d.id)
      .join("text")
      .attr("class", "relation-label")
      .attr("data-id", (d) => d.id)
      .attr("font-size", labelSize())
      .attr("opacity", 0)
      .attr("visibility", "hidden");

    legendLayer
      .selectAll<SVGGElement, RelationType>("g.legend-entry")
      .data(RELATION_TYPES, (d) => d)
      .join((enter) => {
        const g = enter.append("g").attr("class", "legend-entry");
        g.append("path").attr("class", "legend-line").attr("fill", "none");
        g.append("path").attr("class", "legend-marker");
        g.append("text").attr("class", "legend-text");
        return g;
      })
      .attr("data-type", (d) => d);
    labelShown.clear();
    resting = null;
    findElements();
    // A legend entry's sample and words depend on its type and the viewport only.
    for (const [type, entry] of restingLegend()) {
      const g = legendLayer.select<SVGGElement>(`g.legend-entry[data-type="${type}"]`);
      g.select("path.legend-line").attr("d", entry.sample).attr("stroke", entry.style.colour).attr("stroke-width", entry.style.width).attr("stroke-dasharray", entry.style.dash);
      g.select("path.legend-marker")
        .attr("d", entry.marker)
        .attr("visibility", entry.marker ? "visible" : "hidden")
        .attr("fill", entry.style.marker === "ring" ? "#fff" : entry.style.colour)
        .attr("stroke", entry.style.colour)
        .attr("stroke-width", entry.style.marker === "ring" ? 2 : 1);
      g.select("text.legend-text").attr("x", entry.textX).attr("y", entry.textY).attr("font-size", entry.size).text(entry.text);
    }
  }

  const labelSize = () => minorSize(model.layout.size);

  function findElements() {
    const one = <E extends Element>(parent: ParentNode, selector: string) => parent.querySelector<E>(selector)!;
    nodeElements.clear();
    for (const g of nodeLayer.node()!.querySelectorAll<SVGGElement>(":scope > g.actor"))
      nodeElements.set(g.dataset.id!, { g, shape: one(g, "g.shape"), parts: [...g.querySelectorAll<SVGTextElement>("text.actor-part")] });
    edgeElements.clear();
    for (const layer of [ringLayer, edgeLayer])
      for (const g of layer.node()!.querySelectorAll<SVGGElement>(":scope > g.edge")) {
        const id = g.dataset.id!;
        edgeElements.set(id, { g, relation: one(g, "path.relation"), marker: one(g, "path.relation-marker"), label: one(labelLayer.node()!, `text.relation-label[data-id="${id}"]`) });
      }
    legendElements.clear();
    for (const g of legendLayer.node()!.querySelectorAll<SVGGElement>(":scope > g.legend-entry")) legendElements.set(g.dataset.type as RelationType, g);
  }

  /** The legend entry a type would have if every type were shown: where hidden entries rest. */
  let resting: Map<RelationType, LegendEntry> | null = null;
  function restingLegend(): Map<RelationType, LegendEntry> {
    if (resting) return resting;
    // Where each type's row sits when every relation is shown (the legend never reflows between steps).
    const types = RELATION_TYPES.filter((t) => data.relations.some((r) => r.type === t && model.shapes.has(r.id)));
    resting = new Map(legendEntries(types, model.layout).map((e) => [e.type, e]));
    return resting;
  }

  function legendTarget(frame: AlliancesFrame, rest: Map<RelationType, LegendEntry>) {
    return new Map(
      RELATION_TYPES.map((type) => {
        const shown = frame.legend.find((e) => e.type === type);
        const entry = shown ?? rest.get(type) ?? null;
        return [type, { shown: !!shown, entry }] as const;
      }),
    );
  }

  // Writers: numbers to attributes. Cheap; called on every tick for what changed.
  const fixed = (v: number) => String(Math.round(v * 1000) / 1000);
  const visibility = (o: number) => (o <= 0 ? "hidden" : "visible");

  const fade = (el: Element, o: number, shown = true) => {
    writeAttribute(el, "opacity", fixed(o));
    writeAttribute(el, "visibility", shown ? visibility(o) : "hidden");
  };

  function writeNode(id: string) {
    const v = nodeValues.get(id)!;
    const el = nodeElements.get(id)!;
    fade(el.g, v.o);
    writeAttribute(el.shape, "transform", v.f > 0 ? `scale(${fixed(1 + (FOCUS_SCALE - 1) * v.f)})` : null);
    for (const part of el.parts) fade(part, v.pn);
  }

  function writeEdge(e: EdgeFrame) {
    const v = edgeValues.get(e.id)!;
    const el = edgeElements.get(e.id)!;
    fade(el.g, v.o);
    writeAttribute(el.relation, "d", v.t >= 1 ? e.d : pathD(e.geometry, v.t));
    // The marker shows once its line is (nearly) drawn: an arrowhead arrives with its line.
    fade(el.marker, Math.max(0, Math.min(1, (v.t - 0.85) / 0.15)), !!e.marker);
    fade(el.label, v.lo);
  }

  function writeLabelText(id: string, label: RelationLabel | null) {
    const key = keyOf(label);
    if (labelShown.get(id)?.key === key) return;
    labelShown.set(id, { key });
    const text = select(edgeElements.get(id)!.label);
    text.attr("font-size", label ? label.size : labelSize());
    text
      .selectAll("tspan")
      .data(label?.lines ?? [])
      .join("tspan")
      .attr("x", (d) => d.x)
      .attr("y", (d) => d.y)
      .text((d) => d.text);
  }

  function writeLegend(type: RelationType) {
    const v = legendValues.get(type)!;
    const g = legendElements.get(type)!;
    writeAttribute(g, "transform", `translate(${fixed(v.x)},${fixed(v.y)})`);
    fade(g, v.o);
  }

  /** Writes the frame's end state into every element, from the frame alone. */
  function finish(frame: AlliancesFrame, legend: ReturnType<typeof legendTarget>) {
    for (const n of frame.nodes) {
      Object.assign(nodeValues.get(n.id)!, { o: n.visible ? 1 : 0, f: n.focus ? 1 : 0, pn: n.partsNamed ? 1 : 0 });
      writeNode(n.id);
    }
    for (const e of frame.edges) {
      const label = e.visible ? e.label : null;
      Object.assign(edgeValues.get(e.id)!, { o: e.visible ? 1 : 0, t: e.visible ? 1 : 0, lo: label ? 1 : 0 });
      writeLabelText(e.id, label);
      writeEdge(e);
    }
    for (const [type, { shown, entry }] of legend) {
      Object.assign(legendValues.get(type)!, { o: shown ? 1 : 0, x: entry?.x ?? 0, y: entry?.y ?? 0 });
      writeLegend(type);
    }
  }

  const classes = (...names: (string | false)[]) => names.filter(Boolean).join(" ");

  function flags(frame: AlliancesFrame) {
    svg.attr("data-actors", frame.actors.join(" ")).attr("data-relations", frame.relations.join(" ")).attr("data-focus", frame.focus.join(" "));
    nodeLayer
      .selectAll<SVGGElement, NodeFrame>("g.actor")
      .data(frame.nodes, (d) => d.id)
      .attr("class", (d) => classes("actor", d.visible && "is-visible", d.focus && "is-focus"));
    for (const layer of [ringLayer, edgeLayer]) {
      layer
        .selectAll<SVGGElement, EdgeFrame>("g.edge")
        .data(frame.edges.filter((e) => layer === ringLayer ? e.style.ring !== null : e.style.ring === null), (d) => d.id)
        .attr("class", (d) => classes("edge", d.visible && "is-visible", d.visible && d.focus && "is-focus", d.claim === "article" && "is-claim"));
    }
  }

  function animateTo(frame: AlliancesFrame, legend: ReturnType<typeof legendTarget>) {
    type Track = { apply: (p: number) => void };
    const tracks: Track[] = [];
    const ease = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2);
    const within = (p: number, [a, b]: readonly [number, number]) => ease(Math.max(0, Math.min(1, (p - a) / (b - a))));
    const lerp = (from: number, to: number, k: number) => from + (to - from) * k;

    for (const n of frame.nodes) {
      const v = nodeValues.get(n.id)!;
      const from = { ...v };
      const o = n.visible ? 1 : 0;
      const f = n.focus ? 1 : 0;
      const pn = n.partsNamed ? 1 : 0;
      if (from.o === o && from.f === f && from.pn === pn) continue;
      const win = o > from.o ? WINDOW.enter : WINDOW.leave;
      tracks.push({
        apply: (p) => {
          v.o = lerp(from.o, o, within(p, win));
          v.f = lerp(from.f, f, within(p, WINDOW.focus));
          v.pn = lerp(from.pn, pn, within(p, pn > from.pn ? WINDOW.label : WINDOW.leave));
          writeNode(n.id);
        },
      });
    }
    for (const e of frame.edges) {
      const v = edgeValues.get(e.id)!;
      const from = { ...v };
      const label = e.visible ? e.label : null;
      const o = e.visible ? 1 : 0;
      const lo = label ? 1 : 0;
      const relabel = labelShown.get(e.id)?.key !== keyOf(label);
      if (from.o === o && from.t === o && from.lo === lo && !relabel) continue;
      tracks.push({
        apply: (p) => {
          if (o === 1) {
            // A line coming in draws itself from its start; one already there stays.
            v.o = lerp(from.o, 1, within(p, [WINDOW.draw[0], WINDOW.draw[0] + 0.1]));
            v.t = lerp(from.t, 1, within(p, WINDOW.draw));
          } else {
            v.o = lerp(from.o, 0, within(p, WINDOW.leave));
            if (p >= WINDOW.leave[1]) v.t = 0;
          }
          if (!relabel) v.lo = lerp(from.lo, lo, within(p, lo > from.lo ? WINDOW.label : WINDOW.leave));
          else if (p < WINDOW.leave[1]) v.lo = lerp(from.lo, 0, within(p, WINDOW.leave));
          else {
            // New words are written while the label is invisible, then it fades in.
            writeLabelText(e.id, label);
            v.lo = lo * within(p, WINDOW.label);
          }
          writeEdge(e);
        },
      });
    }
    for (const [type, { shown, entry }] of legend) {
      const v = legendValues.get(type)!;
      const from = { ...v };
      const o = shown ? 1 : 0;
      const x = entry?.x ?? 0;
      const y = entry?.y ?? 0;
      if (from.o === o && from.x === x && from.y === y) continue;
      const moving = from.o > 0 && o > 0;
      tracks.push({
        apply: (p) => {
          v.o = lerp(from.o, o, within(p, o > from.o ? WINDOW.enter : WINDOW.leave));
          // Shown entries slide to their new row; an entry coming in starts where it will be.
          const k = moving ? within(p, WINDOW.legend) : o > 0 ? 1 : p >= WINDOW.leave[1] ? 1 : 0;
          v.x = lerp(from.x, x, k);
          v.y = lerp(from.y, y, k);
          writeLegend(type);
        },
      });
    }
    if (!tracks.length) return;
    const progress = { p: 0 };
    running = tween(progress, { p: 1 }, {
      seconds: SECONDS,
      ease: "none",
      onUpdate: () => {
        if (progress.p >= 1) {
          running = null;
          finish(frame, legend);
        } else for (const t of tracks) t.apply(progress.p);
      },
    });
  }

  const scene: AlliancesScene = {
    render(next, animate) {
      state = next;
      running?.kill();
      running = null;
      const frame = alliancesFrameFor(next, data, model);
      target = frame;
      const legend = legendTarget(frame, restingLegend());
      flags(frame);
      if (animate) animateTo(frame, legend);
      else finish(frame, legend);
    },
    resize(viewport) {
      if (viewport.width === vp.width && viewport.height === vp.height && (viewport.clear ?? 1) === (vp.clear ?? 1)) return;
      vp = viewport;
      running?.kill();
      running = null;
      build();
      if (state) scene.render(state, false);
    },
    frame: () => target,
    destroy() {
      running?.kill();
      running = null;
      svg.remove();
    },
  };
  build();
  return scene;
}
