// @vitest-environment happy-dom
// SVG snapshots of the map, one per step (geometry elided: it is the same file for every step),
// and the jump test: a step drawn fresh is the same picture as that step reached through every step before it.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { toPayload } from "../../src/build/payload.ts";
import { geoFromTopology } from "../../src/geo/load.ts";
import { createMapScene } from "../../src/scenes/map/render.ts";
import type { MapState } from "../../src/model/state.ts";
import { clearAll, loadMotion, seekAll, tweenCount } from "../../src/motion/tween.ts";
import { loaded, paths } from "./helpers.ts";

const payload = toPayload(loaded);
const geo = geoFromTopology(JSON.parse(readFileSync(paths.geo, "utf8")), payload.borders);
const VIEWPORT = { width: 800, height: 600 };
const mapSteps = payload.states.filter((s) => s.map !== null);

function freshScene() {
  const host = document.createElement("div");
  document.body.append(host);
  return { host, scene: createMapScene(host, payload, geo, VIEWPORT) };
}

/** The SVG as text, one element a line, with long path data replaced by its length. */
function picture(host: HTMLElement): string {
  return host.innerHTML
    .replace(/ d="([^"]{40,})"/g, (_, d: string) => ` d="(${d.length} chars)"`)
    .replace(/></g, ">\n<");
}

/** The picture as the reader sees it: without the words drawn ahead for a step to come, which are hidden. */
function shown(host: HTMLElement): string {
  const copy = host.cloneNode(true) as HTMLElement;
  copy.querySelector("svg.map-labels.is-ahead")?.remove();
  return picture(copy);
}

/** The words' SVG shown, and the one drawn ahead. */
const shownWords = (host: HTMLElement) => host.querySelector<SVGSVGElement>("svg.map-labels:not(.is-ahead)")!;
const wordsAhead = (host: HTMLElement) => host.querySelector<SVGSVGElement>("svg.map-labels.is-ahead");
const placesIn = (svg: Element) => [...svg.querySelectorAll("g.pin")].map((g) => g.getAttribute("data-place")).join(" ");

/** The picture a new scene draws for a step, at once: what every other way of reaching the step must match. */
function freshPicture(map: MapState): string {
  const fresh = freshScene();
  fresh.scene.render(map, false);
  const drawn = picture(fresh.host);
  fresh.scene.destroy();
  return drawn;
}

describe("the map scene", () => {
  it.each(mapSteps.map((s) => [s.id, s] as const))("draws step %s as in its snapshot", async (id, state) => {
    const { host, scene } = freshScene();
    scene.render(state.map!, false);
    await expect(picture(host)).toMatchFileSnapshot(`__snapshots__/map/${id}.svg.txt`);
    scene.destroy();
  });

  it("marks exactly the step's highlighted countries", () => {
    const { host, scene } = freshScene();
    const state = payload.states.find((s) => s.id === "maghreb-question")!;
    scene.render(state.map!, false);
    const highlighted = [...host.querySelectorAll("path.is-highlight")].map((p) => p.getAttribute("data-id")).sort();
    expect(highlighted).toEqual([...state.map!.highlight].sort());
    expect(highlighted).toHaveLength(5);
  });

  it("draws a step reached through every earlier step exactly as it draws it fresh", () => {
    const walked = freshScene();
    for (const state of mapSteps) {
      walked.scene.render(state.map!, false); // one scene walks through every map step up to k
      expect(picture(walked.host), state.id).toBe(freshPicture(state.map!));
    }
  }, 30_000);

  it("draws the last step after a jump from the first exactly as it draws it fresh", () => {
    const last = mapSteps.at(-1)!.map!;
    const jumped = freshScene();
    jumped.scene.render(mapSteps[0].map!, false);
    jumped.scene.render(last, false);
    expect(picture(jumped.host)).toBe(freshPicture(last));
  });

  it("plans a step without changing what is shown, and draws it from the plan as it draws it fresh", () => {
    const planned = freshScene();
    planned.scene.render(mapSteps[0].map!, false);
    const before = shown(planned.host);
    for (const state of mapSteps) {
      planned.scene.plan!(state.map!);
      expect(shown(planned.host), state.id).toBe(before);
    }
    for (const state of mapSteps) {
      planned.scene.plan!(state.map!);
      planned.scene.render(state.map!, false);
      expect(shown(planned.host), state.id).toBe(freshPicture(state.map!));
    }
  }, 30_000);

  it("works a step's frame out in many small pieces, and draws from it what it draws fresh", () => {
    const { host, scene } = freshScene();
    scene.render(mapSteps[0].map!, false);
    const before = shown(host);
    for (const state of mapSteps) {
      let pieces = 0;
      for (const steps = scene.prepare!(state.map!); !steps.next().done; ) pieces++;
      expect(shown(host), `${state.id}: preparing draws nothing`).toBe(before);
      if (state.id === "cross-border-threats") expect(pieces).toBeGreaterThan(20);
    }
    for (const state of mapSteps) {
      let pieces = 0;
      for (const steps = scene.prepare!(state.map!); !steps.next().done; ) pieces++;
      expect(pieces, `${state.id}: remembered`).toBe(0);
      scene.render(state.map!, false);
      expect(shown(host), state.id).toBe(freshPicture(state.map!));
    }
  });

  it("draws a planned step's words ahead, hidden, and shows those very elements at that step", () => {
    const { host, scene } = freshScene();
    const state = (id: string) => payload.states.find((s) => s.id === id)!.map!;
    scene.render(state("tripoli-meeting"), false);
    scene.plan!(state("cross-border-threats"));
    const ahead = wordsAhead(host)!;
    expect(placesIn(ahead)).toBe(state("cross-border-threats").places.join(" "));
    expect(placesIn(shownWords(host))).toBe("tripoli");
    const note = ahead.querySelector("[data-note]");
    expect(note).not.toBeNull();
    scene.render(state("cross-border-threats"), false);
    expect(shownWords(host)).toBe(ahead);
    expect(note!.isConnected).toBe(true);
    expect(placesIn(wordsAhead(host)!)).toBe("tripoli"); // the words left keep for a way back
    expect(shown(host)).toBe(freshPicture(state("cross-border-threats")));
    scene.destroy();
    expect(host.querySelector("svg")).toBeNull();
  });

  it("paints words drawn ahead once, for their glyphs, then hides them again", async () => {
    const { host, scene } = freshScene();
    scene.render(mapSteps[0].map!, false);
    scene.plan!(mapSteps[1].map!);
    expect(wordsAhead(host)!.classList.contains("is-warming")).toBe(true);
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(wordsAhead(host)!.classList.contains("is-warming")).toBe(false);
    scene.destroy();
  });

  it("forgets words drawn ahead when the layout changes: they were placed for the old size", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const scene = createMapScene(host, payload, geo, VIEWPORT);
    const [first, second] = mapSteps.map((s) => s.map!);
    scene.render(first, false);
    scene.plan!(second);
    const small = { width: 500, height: 400 };
    scene.resize(small);
    scene.render(second, false);
    const fresh = document.createElement("div");
    document.body.append(fresh);
    const freshScene = createMapScene(fresh, payload, geo, small);
    freshScene.render(second, false);
    expect(shown(host)).toBe(picture(fresh));
    scene.destroy();
    freshScene.destroy();
  });

  describe("animated", () => {
    beforeAll(loadMotion); // the tween engine is loaded on demand, as on the page

    it("tweens only what a step change changes: the same step again is the camera's flight alone", () => {
      const { scene } = freshScene();
      const state = payload.states.find((s) => s.id === "cross-border-threats")!.map!;
      scene.render(state, false);
      clearAll();
      scene.render(state, true);
      expect(tweenCount()).toBe(1);
      seekAll(1);
      clearAll();
      scene.destroy();
    });

    it("shows a planned step's words in the step's own frame", () => {
      const { host, scene } = freshScene();
      const state = (id: string) => payload.states.find((s) => s.id === id)!.map!;
      scene.render(state("tripoli-meeting"), false);
      scene.plan!(state("cross-border-threats"));
      scene.render(state("cross-border-threats"), true);
      expect(placesIn(shownWords(host))).toBe(host.querySelector("svg.map")!.getAttribute("data-places"));
      seekAll(1);
      expect(shown(host)).toBe(freshPicture(state("cross-border-threats")));
      clearAll();
      scene.destroy();
    });

    it("draws an animated change's words (names, pins, notes) in the next frame, the last change's winning", async () => {
      const { host, scene } = freshScene();
      const state = (id: string) => payload.states.find((s) => s.id === id)!.map!;
      const pins = () => [...host.querySelectorAll("g.pin")].map((g) => g.getAttribute("data-place")).join(" ");
      scene.render(state("tripoli-meeting"), false);
      const before = pins();
      scene.render(state("cross-border-threats"), true);
      expect(pins()).toBe(before);
      scene.render(state("tripoli-hub"), true);
      await new Promise((r) => requestAnimationFrame(r));
      expect(pins()).toBe(host.querySelector("svg.map")!.getAttribute("data-places"));
      seekAll(1);
      expect(picture(host)).toBe(freshPicture(state("tripoli-hub")));
      clearAll();
      scene.destroy();
    });

    it("tweens each route that comes in or goes, and each border drawn, besides the flight", () => {
      const { scene } = freshScene();
      const from = payload.states.find((s) => s.id === "tripoli-meeting")!.map!;
      const to = payload.states.find((s) => s.id === "cross-border-threats")!.map!;
      scene.render(from, false);
      clearAll();
      scene.render(to, true);
      const changed = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].filter((id) => a.includes(id) !== b.includes(id)).length;
      const routesChanged = changed(from.flows, to.flows);
      expect(routesChanged).toBeGreaterThan(0);
      expect(tweenCount()).toBe(1 + routesChanged + changed(from.borders, to.borders));
      seekAll(1);
      clearAll();
      scene.destroy();
    });
  });

  it("sets story text as text: a place name with markup stays text", () => {
    const host = document.createElement("div");
    const evil = { ...payload, places: payload.places.map((p) => (p.id === "tripoli" ? { ...p, name: "<img src=x onerror=alert(1)>" } : p)) };
    const scene = createMapScene(host, evil, geo, VIEWPORT);
    scene.render(payload.states.find((s) => s.id === "tripoli-meeting")!.map!, false);
    expect(host.querySelector("img")).toBeNull();
    expect(host.querySelector('[data-place="tripoli"] text')!.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
