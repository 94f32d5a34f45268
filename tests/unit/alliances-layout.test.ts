// The alliances diagram's geometry: every node inside the part of the screen left clear of the text, no two
// overlapping, the same place for an actor whatever a step shows, and lines that keep to the diagram.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearArea } from "../../src/scenes/map/camera.ts";
import { samples } from "../../src/scenes/alliances/edges.ts";
import { alliancesFrame, alliancesFrameFor, alliancesModel, alliancesModelSteps, alliancesPreparationSteps } from "../../src/scenes/alliances/frame.ts";
import { drain } from "../../src/schedule/steps.ts";
import { loaded } from "./helpers.ts";
import { layoutActors, layoutDiagram, nodeBoxes, overlaps, textWidth, type Box } from "../../src/scenes/alliances/layout.ts";
import { alliancesData, type ActorRecord, type AlliancesData, type RelationRecord } from "../../src/scenes/alliances/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const records = <T>(file: string): T[] => JSON.parse(readFileSync(join(ROOT, file), "utf8")).records;
const actors = records<ActorRecord>("assets/data/actors.json");
const relations = records<RelationRecord>("assets/data/relations.json");
// The story's steps that show the diagram: the legend's band is as tall as the busiest needs, and the checks
// "at every step" walk them (any story's, so an editor's change to the steps keeps these tests meaningful).
const STEPS = loaded.states.flatMap((s) => (s.alliances ? [s.alliances] : []));
const data: AlliancesData = alliancesData(actors, relations, STEPS);

// The diagram's box on the page (measured in Chromium, story at libya-factions): in the narrow layout's band on
// phones and a tablet, beside the text from 52rem, and the size of the build's still images.
const VIEWPORTS = {
  "360x640 phone's band": { width: 344, height: 225 },
  "390x844 phone's band": { width: 374, height: 337 },
  "412x915 phone's band": { width: 396, height: 376 },
  "768x1024 tablet's band": { width: 752, height: 457 },
  "844x390 landscape phone's column": { width: 422, height: 212 },
  "1024x768 column": { width: 523, height: 612 },
  "1280x800 column": { width: 666, height: 662 },
  "1920x1080 column": { width: 1240, height: 959 },
  "still image": { width: 640, height: 520 },
};

const insideBox = (b: Box, area: Box) => b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;

/** Sizes where every actor and every relation fit at once; in smaller ones, what each step shows must. */
const ROOMY = ["768x1024 tablet's band", "1024x768 column", "1280x800 column", "1920x1080 column", "still image"];

describe.each(Object.entries(VIEWPORTS))("the alliances layout on a %s", (name, viewport) => {
  const { layout } = alliancesModel(data, viewport);
  const clear = clearArea(viewport);

  it("places every actor", () => {
    expect([...layout.nodes.keys()].sort()).toEqual(actors.map((a) => a.id).sort());
  });

  it("keeps every node and its labels inside the viewport, clear of the text cards", () => {
    for (const [id, node] of layout.nodes) {
      for (const box of nodeBoxes(node)) {
        expect(insideBox(box, { x: 0, y: 0, width: viewport.width, height: viewport.height }), `${id} ${JSON.stringify(box)}`).toBe(true);
        expect(insideBox(box, clear), `${id} is under the text cards: ${JSON.stringify(box)}`).toBe(true);
      }
    }
  });

  it("never lets two nodes (at full focus) or their labels overlap", () => {
    const nodes = [...layout.nodes];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, na] = nodes[i];
        const [b, nb] = nodes[j];
        expect(Math.hypot(na.x - nb.x, na.y - nb.y), `${a}–${b} centres`).toBeGreaterThan((na.r + nb.r) * layout.focusScale + 4);
        for (const ba of nodeBoxes(na)) for (const bb of nodeBoxes(nb)) expect(overlaps(ba, bb), `${a} ${JSON.stringify(ba)} / ${b} ${JSON.stringify(bb)}`).toBe(false);
      }
    }
  });

  it("sets every name, member list, half's name and relation label at 11 px or more (the legend aside)", () => {
    for (const [id, n] of layout.nodes) for (const place of [n.label, n.sublabel, ...n.parts.map((p) => p.label)]) if (place) expect(place.size, id).toBeGreaterThanOrEqual(11);
    const us = alliancesFrame({ actors: [], relations: ["us-tunisia-mnna", "us-morocco-mnna"], focus: ["us"] }, data, viewport);
    const labels = us.edges.flatMap((e) => (e.label ? [e.label] : []));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.size).toBeGreaterThanOrEqual(11);
  });

  it("keeps the legend band below the nodes, with room for each step's types, in words of 11 px or more that never meet", () => {
    const { area } = layout.legend;
    expect(insideBox(area, clear)).toBe(true);
    for (const [id, node] of layout.nodes) for (const box of nodeBoxes(node)) expect(box.y + box.height, id).toBeLessThanOrEqual(area.y);
    for (const step of STEPS) {
      const { legend } = alliancesFrame({ actors: [], relations: step.relations, focus: [] }, data, viewport);
      expect(legend).toHaveLength(new Set(step.relations.map((id) => relations.find((r) => r.id === id)!.type)).size);
      const boxes = legend.map((e) => ({ x: e.x, y: e.y, width: e.textX + textWidth(e.text, e.size), height: layout.legend.row }));
      for (const [i, e] of legend.entries()) {
        expect(e.size, e.type).toBeGreaterThanOrEqual(11);
        expect(insideBox(boxes[i], { ...area, y: area.y - 0.05, height: area.height + 0.1 }), `${e.type} ${JSON.stringify(boxes[i])}`).toBe(true);
        for (const b of boxes.slice(i + 1)) expect(overlaps(boxes[i], b), e.type).toBe(false);
      }
    }
  });

  if (ROOMY.includes(name))
    it("keeps every line inside the diagram and off the nodes it does not join", () => {
    const { shapes } = alliancesModel(data, viewport);
    expect(shapes.size).toBe(relations.length);
    for (const [id, shape] of shapes) {
      for (const [x, y] of samples(shape.geometry, 4)) {
        expect(x >= 0 && x <= viewport.width && y >= 0 && y <= clear.height, `${id} leaves the diagram at ${x},${y}`).toBe(true);
        if (shape.geometry.kind === "poly" && shape.geometry.closed) continue; // a ring goes round its members
        for (const [other, n] of layout.nodes) {
          if (shape.parties.includes(other)) continue;
          expect(Math.hypot(x - n.x, y - n.y), `${id} crosses ${other}`).toBeGreaterThan(n.r);
        }
      }
    }
  });

  it("at every step, keeps each line shown inside the diagram and off the nodes shown that it does not join", () => {
    for (const [i, step] of STEPS.entries()) {
      const frame = alliancesFrame(step, data, viewport);
      const shown = frame.nodes.filter((n) => n.visible);
      for (const e of frame.edges.filter((e) => e.visible)) {
        for (const [x, y] of samples(e.geometry, 4)) {
          expect(x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height, `step ${i}: ${e.id} leaves the diagram at ${x},${y}`).toBe(true);
          if (e.geometry.kind === "poly" && e.geometry.closed) continue;
          for (const n of shown) if (!e.parties.includes(n.id)) expect(Math.hypot(x - n.x, y - n.y), `step ${i}: ${e.id} crosses ${n.id}`).toBeGreaterThan(n.r);
        }
      }
    }
  });

  it("fans out the relations between the same two actors so they never lie on each other", () => {
    const { shapes } = alliancesModel(data, viewport);
    const pairs = new Map<string, string[]>();
    for (const r of relations) if (!r.members) pairs.set([r.from, r.to].sort().join("|"), [...(pairs.get([r.from, r.to].sort().join("|")) ?? []), r.id]);
    const parallel = [...pairs.values()].filter((ids) => ids.length > 1);
    expect(parallel.length).toBeGreaterThan(0); // China–Algeria and US–NATO
    for (const [a, b] of parallel) {
      const pa = samples(shapes.get(a)!.geometry, 4);
      const pb = samples(shapes.get(b)!.geometry, 4);
      const mid = (ps: readonly (readonly number[])[]) => ps[Math.floor(ps.length / 2)];
      const [ma, mb] = [mid(pa), mid(pb)];
      expect(Math.hypot(ma[0] - mb[0], ma[1] - mb[1]), `${a} / ${b}`).toBeGreaterThan(8);
    }
  });
});

describe("the alliances layout is stable", () => {
  const viewport = VIEWPORTS["390x844 phone's band"];

  it("gives the same result every time", () => {
    expect(layoutDiagram(actors, viewport)).toEqual(layoutDiagram(actors, viewport));
    // A copy of the data is not in the model memo: the second model is worked out afresh.
    expect(alliancesModel({ ...data }, viewport)).toEqual(alliancesModel(data, viewport));
  });

  it("works each viewport's model out once, and the same whether in pieces or at once", () => {
    const fresh = { ...data };
    const steps = alliancesModelSteps(fresh, viewport);
    let pieces = 0;
    let next = steps.next();
    while (!next.done) (pieces++, (next = steps.next()));
    expect(pieces).toBeGreaterThan(data.relations.length); // one piece per relation, and the layout
    expect(next.value).toEqual(alliancesModel({ ...data }, viewport));
    expect(alliancesModel(fresh, viewport)).toBe(next.value);
    expect(alliancesModel(fresh, VIEWPORTS["768x1024 tablet's band"])).not.toBe(next.value);
  });

  it("prepares each step's frame ahead, in pieces; the step change then finds it made", () => {
    const fresh = { ...data };
    // Steps that count how often they are read: working a frame out reads its step, a remembered one does not.
    let reads = 0;
    const counted = <T extends object>(state: T): T => new Proxy(state, { get: (t, k) => (reads++, Reflect.get(t, k)) });
    const states = [
      counted({ actors: ["us", "nato"], relations: ["us-nato-member"], focus: ["us"] }),
      counted({ actors: [], relations: ["russia-algeria-arms", "china-algeria-bri"], focus: ["algeria"] }),
    ];
    const model = drain(alliancesPreparationSteps(fresh, viewport, states));
    expect(model).toBe(alliancesModel(fresh, viewport));
    expect(reads, "the preparation works the frames out").toBeGreaterThan(0);
    reads = 0;
    const made = states.map((s) => alliancesFrameFor(s, fresh, model));
    expect(reads, "the step change finds them made").toBe(0);
    states.forEach((s, i) => expect(made[i]).toEqual(alliancesFrame({ ...s }, data, viewport)));
  });

  it("places an actor in the same spot whichever other actors there are, where the slots do not crowd", () => {
    const roomy = VIEWPORTS["1280x800 column"];
    const all = layoutActors(actors, roomy);
    const subsets = [["us", "nato"], ["algeria", "russia", "china"], ["libya"], actors.map((a) => a.id).reverse()];
    for (const ids of subsets) {
      const some = layoutActors(ids.map((id) => actors.find((a) => a.id === id)!), roomy);
      for (const id of ids) expect(some.get(id), id).toEqual(all.get(id));
    }
  });

  it("places an actor in the same spot whatever a step shows or focuses", () => {
    const states = [
      { actors: ["us", "nato"], relations: ["us-nato-member"], focus: ["us"] },
      { actors: [], relations: ["russia-algeria-arms", "china-algeria-bri"], focus: ["algeria"] },
      { actors: actors.map((a) => a.id), relations: relations.map((r) => r.id), focus: [] },
    ];
    const frames = states.map((s) => alliancesFrame(s, data, viewport));
    const where = (f: (typeof frames)[number]) => f.nodes.map((n) => [n.id, n.x, n.y, n.r]);
    for (const f of frames.slice(1)) expect(where(f)).toEqual(where(frames[0]));
    // Lines too: a relation is drawn along the same path in every step that shows it.
    const d = (f: (typeof frames)[number], id: string) => f.edges.find((e) => e.id === id)!.d;
    expect(d(frames[1], "russia-algeria-arms")).toBe(d(frames[2], "russia-algeria-arms"));
  });

  it("moves with the viewport: a new size is a new layout", () => {
    expect(layoutActors(actors, viewport).get("us")).not.toEqual(layoutActors(actors, VIEWPORTS["1280x800 column"]).get("us"));
    // With a share of the height kept clear (`clear`), the diagram keeps above it.
    const phone = layoutActors(actors, { width: 390, height: 844, clear: 0.56 });
    const uncovered = layoutActors(actors, { width: 390, height: 844 });
    expect(Math.max(...[...phone.values()].map((n) => n.y))).toBeLessThan(844 * 0.56);
    expect(Math.max(...[...uncovered.values()].map((n) => n.y))).toBeGreaterThan(844 * 0.56);
  });
});
