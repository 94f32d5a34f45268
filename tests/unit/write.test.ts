// @vitest-environment happy-dom
// Writes that skip equal values (src/scenes/write.ts), and the scenes that rely on them: drawing the step
// a scene already shows rewrites none of the attributes or texts that make Chromium restyle or re-lay-out.
import { readFileSync } from "node:fs";
import { select } from "d3-selection";
import { describe, expect, it } from "vitest";
import { toPayload } from "../../src/build/payload.ts";
import { geoFromTopology } from "../../src/geo/load.ts";
import { createAlliancesScene } from "../../src/scenes/alliances/render.ts";
import { createChartScene } from "../../src/scenes/chart/render.ts";
import { createMapScene } from "../../src/scenes/map/render.ts";
import { createTimelineScene } from "../../src/scenes/timeline/render.ts";
import { setAttr, setText } from "../../src/scenes/write.ts";
import { loaded, paths } from "./helpers.ts";

/** The mutations `change` makes inside `host`, as "tag attribute" or "tag text" lines. */
async function writesDuring(host: Element, change: () => void): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element;
      seen.push(r.type === "attributes" ? `${el.tagName.toLowerCase()} ${r.attributeName}` : `${el.tagName.toLowerCase()} text`);
    }
  });
  observer.observe(host, { subtree: true, attributes: true, childList: true, characterData: true });
  change();
  await Promise.resolve();
  seen.push(...observer.takeRecords().map((r) => `${(r.target as Element).tagName?.toLowerCase()} ${r.attributeName ?? "text"}`));
  observer.disconnect();
  return seen;
}

/** The writes Chromium pays for even when the value is the same. */
const costly = (writes: string[]) => writes.filter((w) => / (d|transform|x|y|dx|dy|x1|x2|y1|y2|cx|cy|r|width|height|patternTransform|text)$/.test(w));

describe("setAttr and setText", () => {
  it("write a value that differs, and remove an attribute for null", () => {
    const el = document.createElementNS("http://www.w3.org/2000/svg", "path");
    setAttr(select(el), "d", "M0,0L1,1");
    expect(el.getAttribute("d")).toBe("M0,0L1,1");
    setAttr(select(el), "d", null);
    expect(el.hasAttribute("d")).toBe(false);
    setText(select(el), (_d, i) => `item ${i}`);
    expect(el.textContent).toBe("item 0");
  });

  it("leave an element alone when it already shows the value", async () => {
    const host = document.createElement("div");
    const el = document.createElementNS("http://www.w3.org/2000/svg", "text");
    host.append(el);
    setAttr(select(el), "transform", "translate(1,2)");
    setText(select(el), "Tripoli");
    expect(await writesDuring(host, () => (setAttr(select(el), "transform", "translate(1,2)"), setText(select(el), "Tripoli")))).toEqual([]);
  });
});

describe("drawing the step a scene already shows", () => {
  const payload = toPayload(loaded);
  const viewport = { width: 800, height: 600 };

  const geo = geoFromTopology(JSON.parse(readFileSync(paths.geo, "utf8")), payload.borders);
  const scenes = {
    map: (host: HTMLElement) => createMapScene(host, payload, geo, viewport),
    alliances: (host: HTMLElement) => createAlliancesScene(host, { actors: payload.actors, relations: payload.relations }, viewport),
    chart: (host: HTMLElement) => createChartScene(host, payload.charts, viewport),
    timeline: (host: HTMLElement) => createTimelineScene(host, payload.events, viewport),
  };

  for (const [name, create] of Object.entries(scenes) as [keyof typeof scenes, (host: HTMLElement) => { render(state: unknown, animate: boolean): void }][]) {
    it(`rewrites no path, transform, position or text in the ${name} scene`, async () => {
      const host = document.createElement("div");
      const scene = create(host);
      for (const state of payload.states.filter((s) => s[name] !== null)) {
        scene.render(state[name], false);
        expect(costly(await writesDuring(host, () => scene.render(state[name], false))), state.id).toEqual([]);
      }
    });
  }
});
