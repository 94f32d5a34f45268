// @vitest-environment happy-dom
// The map's words, drawn for every story step at every size the layout gives the scene (issue 20): read back
// from the SVG the scene draws (group translate + text x/y/anchor, sized by the shared width estimate), and
// checked against the marks read from the world's SVG (pins' dots, the drawn routes' curves and arrowheads).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { toPayload } from "../../src/build/payload.ts";
import { geoFromTopology } from "../../src/geo/load.ts";
import { overlaps, type Box } from "../../src/scenes/box.ts";
import { MAP_FONT } from "../../src/scenes/map/labels.ts";
import { createMapScene } from "../../src/scenes/map/render.ts";
import { textWidth } from "../../src/scenes/text.ts";
import type { Viewport } from "../../src/scenes/scene.ts";
import { loaded, paths } from "./helpers.ts";

const payload = toPayload(loaded);
const geo = geoFromTopology(JSON.parse(readFileSync(paths.geo, "utf8")), payload.borders);
const mapSteps = payload.states.filter((s) => s.map !== null);

/** The scene's box after the layout change of issue 20 (CSS px), and today's phone with the passage over the lower part. */
export const SIZES: readonly (Viewport & { name: string; phone: boolean })[] = [
  { name: "390x844 phone, top band", width: 374, height: 300, phone: true },
  { name: "360x640 phone, top band", width: 344, height: 220, phone: true },
  { name: "844x390 landscape, two columns", width: 420, height: 280, phone: true },
  { name: "680 px article column", width: 664, height: 330, phone: false },
  { name: "1280x800 desktop", width: 700, height: 640, phone: false },
  { name: "2560x1440 wide", width: 1500, height: 1250, phone: false },
  { name: "390x844 phone, passage over the lower half (clear 0.55)", width: 390, height: 844, clear: 0.55, phone: true },
];

type Kind = keyof typeof MAP_FONT;
interface Word { id: string; kind: Kind; text: string; box: Box }
interface Drawn { id: string; box: Box }

const num = (v: string | null) => Number(v ?? 0);
const translate = (el: Element): [number, number] => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "");
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** The ink of one line of text at (x, baseline y): cap and descender, with its white halo. */
function inkBox(text: string, kind: Kind, x: number, y: number, anchor: string, middle = false): Box {
  const f = MAP_FONT[kind];
  const width = textWidth(text, f.size, f.bold) + f.spacing * f.size * [...text].length + 2;
  const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
  const baseline = middle ? y + f.size * 0.33 : y; // dominant-baseline: middle sets y at the caps' middle
  return { x: left - 1, y: baseline - f.size * 0.75 - 1, width, height: f.size * 0.97 + 2 };
}

/** Every word the reader sees in the shown words' SVG, with its box on screen. */
function wordsShown(host: HTMLElement): Word[] {
  const svg = host.querySelector("svg.map-labels:not(.is-ahead)")!;
  const words: Word[] = [];
  const single = (sel: string, kind: Kind, id: (t: Element) => string, anchorOf: (t: Element) => string, middle = false) => {
    for (const t of svg.querySelectorAll(sel)) {
      if (t.closest(".is-hidden") || !t.textContent) continue;
      const [gx, gy] = translate(t.parentElement!);
      words.push({ id: id(t), kind, text: t.textContent, box: inkBox(t.textContent, kind, gx + num(t.getAttribute("x")), gy + num(t.getAttribute("y")), anchorOf(t), middle) });
    }
  };
  single("g.labels text.label", "country", (t) => `country:${t.getAttribute("data-id")}`, () => "middle", true);
  single("g.pin text", "pin", (t) => `pin:${t.parentElement!.getAttribute("data-place")}`, (t) => t.getAttribute("text-anchor") ?? "start");
  single("g.length text.length-text", "length", (t) => `length:${t.parentElement!.getAttribute("data-border")}`, () => "middle");
  // Texts of several lines: a route's label (centred, in main.css) and a note.
  for (const t of svg.querySelectorAll("text.note, text.flow-label")) {
    const [gx, gy] = translate(t.parentElement!);
    const note = t.classList.contains("note");
    const [kind, id, anchor] = note ? (["note", `note:${t.getAttribute("data-note")}`, t.getAttribute("text-anchor") ?? "start"] as const) : (["flow", `flow:${t.getAttribute("data-route")}`, "middle"] as const);
    let y = gy;
    for (const [i, span] of [...t.querySelectorAll("tspan")].entries()) {
      y = i === 0 ? gy + num(span.getAttribute("y")) : y + MAP_FONT[kind].size * parseFloat(span.getAttribute("dy") ?? "0");
      words.push({ id, kind, text: span.textContent!, box: inkBox(span.textContent!, kind, gx + num(span.getAttribute("x")), y, anchor) });
    }
  }
  for (const span of svg.querySelectorAll("text.width-legend tspan"))
    words.push({ id: "legend", kind: "legend", text: span.textContent!, box: inkBox(span.textContent!, "legend", num(span.getAttribute("x")), num(span.getAttribute("y")), "start") });
  return words;
}

/** Points along a path of M and Q commands (the routes), in the world's pixels. */
function curve(d: string): [number, number][] {
  const nums = d.match(/-?[\d.]+/g)!.map(Number);
  const pts: [number, number][] = [[nums[0], nums[1]]];
  for (let i = 2; i + 3 < nums.length; i += 4) {
    const [x0, y0] = pts[pts.length - 1];
    const [cx, cy, x1, y1] = nums.slice(i, i + 4);
    for (let s = 1; s <= 40; s++) {
      const u = s / 40;
      pts.push([(1 - u) ** 2 * x0 + 2 * u * (1 - u) * cx + u * u * x1, (1 - u) ** 2 * y0 + 2 * u * (1 - u) * cy + u * u * y1]);
    }
  }
  return pts;
}

/** The marks words must keep off: pins' dots, and the drawn routes (line and arrowhead) on screen. */
function marksShown(host: HTMLElement): Drawn[] {
  const marks: Drawn[] = [];
  const words = host.querySelector("svg.map-labels:not(.is-ahead)")!;
  for (const g of words.querySelectorAll("g.pin")) {
    const [x, y] = translate(g);
    marks.push({ id: `pin:${g.getAttribute("data-place")}`, box: { x: x - 5, y: y - 5, width: 10, height: 10 } });
  }
  // The world's transform is the camera: translate(x,y) scale(k).
  const m = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(host.querySelector("svg.map g.world")!.getAttribute("transform")!)!;
  const [cx, cy, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
  for (const path of host.querySelectorAll<SVGPathElement>("svg.map .flows path.is-drawn")) {
    const w = Number(path.dataset.width);
    const pts = curve(path.getAttribute("d")!).map(([x, y]) => [x * k + cx, y * k + cy] as const);
    const half = w / 2;
    for (const [x, y] of pts) marks.push({ id: `route:${path.dataset.route}`, box: { x: x - half, y: y - half, width: 2 * half, height: 2 * half } });
    // The arrowhead (render.ts's marker): a triangle 3.2 widths long and wide, its base 60 % of that before the end.
    const [ex, ey] = pts[pts.length - 1];
    const [px, py] = pts[pts.length - 2];
    const [ux, uy] = [(ex - px) / Math.hypot(ex - px, ey - py), (ey - py) / Math.hypot(ex - px, ey - py)];
    const L = 3.2 * w;
    for (let s = 0; s <= 20; s++) {
      const along = -0.6 * L + (s / 20) * L;
      const half = (L / 2) * (1 - s / 20);
      marks.push({ id: `route:${path.dataset.route}`, box: { x: ex + ux * along - half, y: ey + uy * along - half, width: 2 * half, height: 2 * half } });
    }
  }
  return marks;
}

describe("the map's word sizes", () => {
  // The declutter sizes boxes from MAP_FONT; the page sets the words in main.css. They must agree.
  const css = readFileSync("src/styles/main.css", "utf8");
  const sizeIn = (selector: string) => {
    const rule = css.split("\n").find((l) => l.startsWith(`${selector} {`));
    return Number(/font(?:-size)?:[^;]*?([\d.]+)px/.exec(rule ?? "")?.[1]);
  };
  it.each([
    ["country", ".map-labels .label"],
    ["flow", ".map-labels .flow-label"],
    ["note", ".map-labels .note"],
    ["length", ".map-labels .length text"],
    ["legend", ".map-labels .width-legend"],
    ["pin", ".map-labels text"],
  ] as const)("sizes %s words as main.css does (%s), at 11 px or more", (kind, selector) => {
    expect(sizeIn(selector)).toBe(MAP_FONT[kind].size);
    expect(MAP_FONT[kind].size).toBeGreaterThanOrEqual(11);
  });
});

interface Finding { step: string; size: string; problem: string }
const findings: Finding[] = [];
const tally = new Map<string, { steps: number; clean: number; words: number }>();

describe("the map's words at every step and size", () => {
  afterAll(() => {
    // A short summary per size (printed, so that a regression shows where).
    for (const [size, t] of tally) console.log(`map labels ${size}: ${t.clean}/${t.steps} steps clean, ${t.words} words`);
    for (const f of findings.slice(0, 40)) console.log(`  ${f.size} ${f.step}: ${f.problem}`);
  });

  for (const size of SIZES) {
    describe(size.name, () => {
      const host = document.createElement("div");
      document.body.append(host);
      const scene = createMapScene(host, payload, geo, size);

      it.each(mapSteps.map((s) => [s.id, s] as const))("step %s: every word named is shown, legible, inside the picture, and clear of every other word and mark", (id, step) => {
        const state = step.map!;
        scene.render(state, false);
        const words = wordsShown(host);
        const marks = marksShown(host);
        const problems: string[] = [];
        const ids = new Set(words.map((w) => w.id));
        // Named: every pin, drawn route, note, country name and border length of the step.
        const drawnFlows = (host.querySelector("svg.map")!.getAttribute("data-flows") ?? "").split(" ").filter(Boolean);
        const named = [
          ...state.places.map((p) => `pin:${p}`),
          ...drawnFlows.map((f) => `flow:${f}`),
          ...state.notes.map((n) => `note:${n}`),
          ...state.labels.map((l) => `country:${l}`),
          ...(state.lengths ? state.borders.map((b) => `length:${b}`) : []),
        ];
        for (const n of named) if (!ids.has(n)) problems.push(`${n} is not labelled`);
        const clear = { x: 0, y: 0, width: size.width, height: size.height * Math.min(1, size.clear ?? 1) };
        for (const [i, a] of words.entries()) {
          if (size.phone && MAP_FONT[a.kind].size < 11) problems.push(`${a.id} is set at ${MAP_FONT[a.kind].size} px`);
          const b = a.box;
          if (b.x < clear.x || b.y < clear.y || b.x + b.width > clear.x + clear.width || b.y + b.height > clear.y + clear.height) problems.push(`${a.id} "${a.text}" leaves the picture`);
          for (const other of words.slice(i + 1)) if (other.id !== a.id && overlaps(a.box, other.box)) problems.push(`${a.id} "${a.text}" overlaps ${other.id} "${other.text}"`);
          const hit = marks.find((m) => m.id !== a.id && overlaps(a.box, m.box));
          if (hit) problems.push(`${a.id} "${a.text}" lies on ${hit.id}`);
        }
        // Leader lines: off every word but their own.
        for (const line of host.querySelectorAll("svg.map-labels:not(.is-ahead) line.leader")) {
          const g = line.parentElement!;
          const [gx, gy] = translate(g);
          const owner = g.classList.contains("pin") ? `pin:${g.getAttribute("data-place")}` : g.querySelector("[data-note]") ? `note:${g.querySelector("[data-note]")!.getAttribute("data-note")}` : `flow:${g.querySelector("[data-route]")!.getAttribute("data-route")}`;
          const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => num(line.getAttribute(a)));
          for (let s = 0; s <= 20; s++) {
            const p = { x: gx + x1 + ((x2 - x1) * s) / 20 - 0.5, y: gy + y1 + ((y2 - y1) * s) / 20 - 0.5, width: 1, height: 1 };
            const hit = words.find((w) => w.id !== owner && overlaps(w.box, p));
            if (hit) { problems.push(`${owner}'s leader crosses ${hit.id} "${hit.text}"`); break; }
          }
        }
        // The declutter's own word: no named label was left overlapping (its boxes keep a 2 px gap besides).
        for (const c of scene.frame()!.crowded) problems.push(`${c} found no free place`);
        const t = tally.get(size.name) ?? { steps: 0, clean: 0, words: 0 };
        tally.set(size.name, { steps: t.steps + 1, clean: t.clean + Number(problems.length === 0), words: t.words + words.length });
        findings.push(...[...new Set(problems)].map((problem) => ({ step: id, size: size.name, problem })));
        expect([...new Set(problems)]).toEqual([]);
      });
    });
  }
});
