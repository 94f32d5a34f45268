// @vitest-environment happy-dom
// The alliances scene in a DOM: SVG snapshots of representative steps, the jump test (a step drawn fresh is
// the same picture as that step reached through others, with or without animation), and text set as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearAll, loadMotion, seekAll, tweenCount } from "../../src/motion/tween.ts";
import type { AlliancesState } from "../../src/model/state.ts";
import { createAlliancesScene } from "../../src/scenes/alliances/render.ts";
import { alliancesFrame } from "../../src/scenes/alliances/frame.ts";
import type { ActorRecord, AlliancesData, RelationRecord } from "../../src/scenes/alliances/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const records = <T>(file: string): T[] => JSON.parse(readFileSync(join(ROOT, file), "utf8")).records;
const data: AlliancesData = { actors: records<ActorRecord>("assets/data/actors.json"), relations: records<RelationRecord>("assets/data/relations.json") };
const DESKTOP = { width: 1000, height: 600 };
const PHONE = { width: 390, height: 844, clear: 0.56 };

const state = (relations: string[], focus: string[], actors: string[] = []): AlliancesState => ({ actors, relations, focus });
/** Representative steps of the piece, in reading order. */
const STEPS: Record<string, AlliancesState> = {
  "nato-us": state(["us-nato-member", "italy-nato-member", "us-nato-tension"], ["us", "nato"], ["us", "nato", "iran"]),
  "us-tunisia": state(["us-tunisia-mnna", "us-morocco-mnna", "us-egypt-mnna", "nato-tunisia-med-dialogue"], ["us", "tunisia"]),
  "algeria-russia-china": state(["russia-algeria-arms", "china-algeria-partnership", "china-algeria-bri", "nato-algeria-med-dialogue"], ["algeria"]),
  "libya-rival-authorities": state(["russia-libya-forces", "italy-libya-mou", "russia-aes-forces"], ["libya"]),
  "task-force-amu": state(["maghreb-task-force", "arab-maghreb-union"], ["tunisia", "libya", "algeria"], ["tunisia", "libya", "algeria", "morocco"]),
  full: state(data.relations.map((r) => r.id), [], data.actors.map((a) => a.id)),
};
const SEQUENCE = Object.values(STEPS);

const hosts: HTMLElement[] = [];
function fresh(viewport = DESKTOP, d: AlliancesData = data) {
  const host = document.createElement("div");
  document.body.append(host);
  hosts.push(host);
  return { host, scene: createAlliancesScene(host, d, viewport) };
}
afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
  clearAll();
});

/** Runs every tween to its end (as time passing would). */
const finishTweens = () => {
  seekAll(1);
};
/** Runs every tween part way. */
const advanceTweens = (progress: number) => {
  seekAll(progress);
};

function hash(text: string): string {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The SVG as text, one element a line, with long path data replaced by its length and a hash. */
function picture(host: HTMLElement): string {
  return host.innerHTML.replace(/ d="([^"]{120,})"/g, (_, d: string) => ` d="(${d.length} chars #${hash(d)})"`).replace(/></g, ">\n<");
}

beforeAll(loadMotion); // the tween engine is loaded on demand, as on the page

describe("the alliances scene", () => {
  it.each(Object.entries(STEPS))("draws %s as in its snapshot", async (name, s) => {
    const { host, scene } = fresh();
    scene.render(s, false);
    await expect(picture(host)).toMatchFileSnapshot(`__snapshots__/alliances/${name}.svg`);
  });

  it.each(["us-tunisia", "task-force-amu", "full"])("draws %s on a phone as in its snapshot", async (name) => {
    const { host, scene } = fresh(PHONE);
    scene.render(STEPS[name], false);
    await expect(picture(host)).toMatchFileSnapshot(`__snapshots__/alliances/${name}-phone.svg`);
  });

  it("is one aria-hidden svg.alliances, marked with what it shows", () => {
    const { host, scene } = fresh();
    scene.render(STEPS["algeria-russia-china"], false);
    const svg = host.querySelector("svg.alliances")!;
    expect(host.querySelectorAll("svg")).toHaveLength(1);
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(svg.getAttribute("data-actors")).toBe("algeria china nato russia");
    expect(svg.getAttribute("data-relations")).toBe("china-algeria-bri china-algeria-partnership nato-algeria-med-dialogue russia-algeria-arms");
    expect(svg.getAttribute("data-focus")).toBe("algeria");
    const shown = [...host.querySelectorAll("g.actor.is-visible")].map((g) => g.getAttribute("data-id")).sort();
    expect(shown).toEqual(["algeria", "china", "nato", "russia"]);
    expect([...host.querySelectorAll("g.actor.is-focus")].map((g) => g.getAttribute("data-id"))).toEqual(["algeria"]);
    const arms = host.querySelector('path.relation[data-id="russia-algeria-arms"]')!;
    expect(arms.getAttribute("data-type")).toBe("arms");
    expect(arms.closest("g.edge")!.getAttribute("visibility")).toBe("visible");
    expect(host.querySelector('path.relation[data-id="us-tunisia-mnna"]')!.closest("g.edge")!.getAttribute("visibility")).toBe("hidden");
    const legend = [...host.querySelectorAll("g.legend g.legend-entry")].filter((g) => g.getAttribute("visibility") !== "hidden");
    expect(legend.map((g) => g.getAttribute("data-type"))).toEqual(["med-dialogue", "arms", "partnership"]);
    expect(legend.map((g) => g.querySelector("text")!.textContent)).toEqual(["Mediterranean Dialogue", "Arms supply", "Strategic partnership"]);
  });

  it("shows an actor named by the step, and both ends of every relation shown", () => {
    const { host, scene } = fresh();
    scene.render(state(["russia-libya-forces"], [], ["egypt"]), false);
    expect(host.querySelector("svg")!.getAttribute("data-actors")).toBe("egypt libya russia");
  });

  it("draws a step reached through the steps before it exactly as it draws it fresh", () => {
    const walked = fresh();
    for (const [name, s] of Object.entries(STEPS)) {
      walked.scene.render(s, false);
      const alone = fresh();
      alone.scene.render(s, false);
      expect(picture(walked.host), name).toBe(picture(alone.host));
    }
  });

  it("draws a step reached by animated steps, once the tweens end, exactly as it draws it fresh", () => {
    const walked = fresh();
    walked.scene.render(SEQUENCE[0], false);
    for (const [name, s] of Object.entries(STEPS).slice(1)) {
      walked.scene.render(s, true);
      expect(tweenCount(), name).toBeGreaterThan(0);
      finishTweens();
      const alone = fresh();
      alone.scene.render(s, false);
      expect(picture(walked.host), name).toBe(picture(alone.host));
    }
  });

  it("lands on the last step when renders interrupt each other mid-tween (a fast fling)", () => {
    const walked = fresh();
    walked.scene.render(STEPS.full, false);
    for (const s of [STEPS["nato-us"], STEPS["task-force-amu"], STEPS["algeria-russia-china"], STEPS["libya-rival-authorities"]]) {
      walked.scene.render(s, true);
      advanceTweens(0.4);
    }
    const middle = picture(walked.host);
    finishTweens();
    const alone = fresh();
    alone.scene.render(STEPS["libya-rival-authorities"], false);
    expect(middle).not.toBe(picture(alone.host)); // it was mid-way
    expect(picture(walked.host)).toBe(picture(alone.host));
  });

  it("jumps from the first step to the last exactly as the last is drawn fresh", () => {
    const jumped = fresh();
    jumped.scene.render(SEQUENCE[0], false);
    jumped.scene.render(SEQUENCE.at(-1)!, false);
    const alone = fresh();
    alone.scene.render(SEQUENCE.at(-1)!, false);
    expect(picture(jumped.host)).toBe(picture(alone.host));
  });

  it("draws a line in from its start while it enters, and fades a leaving one out", () => {
    const { host, scene } = fresh();
    scene.render(STEPS["nato-us"], false);
    scene.render(STEPS["us-tunisia"], true);
    advanceTweens(0.7);
    const entering = host.querySelector('path.relation[data-id="us-tunisia-mnna"]')!;
    const full = alliancesFrame(STEPS["us-tunisia"], data, DESKTOP).edges.find((e) => e.id === "us-tunisia-mnna")!.d;
    expect(entering.getAttribute("d")).not.toBe(full);
    expect(entering.getAttribute("d")!.split("Q")[0]).toBe(full.split("Q")[0]); // same start, shorter
    expect(entering.closest("g.edge")!.getAttribute("visibility")).toBe("visible");
    const leaving = host.querySelector('g.edge[data-id="us-nato-tension"]')!;
    expect(leaving.getAttribute("visibility")).toBe("hidden"); // gone by the time lines draw in
    finishTweens();
    expect(entering.getAttribute("d")).toBe(full);
  });

  it("re-fits to a new size and keeps its step", () => {
    const { host, scene } = fresh();
    scene.render(STEPS["us-tunisia"], false);
    scene.resize(PHONE);
    const alone = fresh(PHONE);
    alone.scene.render(STEPS["us-tunisia"], false);
    expect(picture(host)).toBe(picture(alone.host));
    expect(host.querySelector("svg")!.getAttribute("viewBox")).toBe("0 0 390 844");
    // The passage cards' share changing is a resize too.
    scene.resize({ ...PHONE, clear: 1 });
    expect(picture(host)).not.toBe(picture(alone.host));
  });

  it("sets names and labels as text: markup in the data stays text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const d: AlliancesData = {
      actors: data.actors.map((a) => (a.id === "tunisia" ? { ...a, name: evil, short: "<img src=x>" } : a)),
      relations: data.relations.map((r) => (r.id === "us-tunisia-mnna" ? { ...r, label: `${evil} 2015` } : r)),
    };
    const { host, scene } = fresh(DESKTOP, d);
    scene.render(state(["us-tunisia-mnna"], ["tunisia"]), false);
    expect(host.querySelector("img")).toBeNull();
    expect(host.querySelector('g.actor[data-id="tunisia"] text.actor-name')!.textContent).toBe("<img src=x>");
    expect(host.querySelector('text.relation-label[data-id="us-tunisia-mnna"]')!.textContent).toContain("<img");
  });

  it("removes its svg on destroy", () => {
    const { host, scene } = fresh();
    scene.render(STEPS.full, true);
    scene.destroy();
    expect(host.querySelector("svg")).toBeNull();
  });
});
