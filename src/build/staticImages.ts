// Build time: every step's graphic as a standalone SVG file, drawn by the same scene code the page
// runs (in happy-dom), in its final state. Readers without JavaScript get these as images.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import type { Loaded } from "./loadStory.ts";
import { toPayload } from "./payload.ts";
import { geoFromTopology } from "../geo/load.ts";
import type { SceneName } from "../model/state.ts";
import { createAlliancesScene } from "../scenes/alliances/render.ts";
import { alliancesData } from "../scenes/alliances/types.ts";
import { createChartScene } from "../scenes/chart/render.ts";
import { createMapScene } from "../scenes/map/render.ts";
import type { Scene, Viewport } from "../scenes/scene.ts";
import { createTimelineScene } from "../scenes/timeline/render.ts";

export const STATIC_SIZE: Viewport = { width: 640, height: 520, clear: 1 };
export const staticPath = (stepId: string) => `static/${stepId}.svg`;

const CSS_SLOT = "/*stylesheet*/";
const CSS_FILES = ["src/styles/main.css", "src/scenes/alliances/alliances.css", "src/scenes/chart/chart.css", "src/scenes/timeline/timeline.css"];

/** Step id to SVG text. */
export function renderStaticImages(root: string, loaded: Loaded): Map<string, string> {
  const payload = toPayload(loaded);
  const geo = geoFromTopology(JSON.parse(readFileSync(join(root, "assets/geo/region.topo.json"), "utf8")), payload.borders);
  // An SVG shown as an image cannot load the page's stylesheet: each file carries the rules it needs
  // (:root in the stylesheet matches the <svg> root, so the colour variables apply too).
  const css = CSS_FILES.map((f) => readFileSync(join(root, f), "utf8"))
    .join("\n")
    .replace(/@import[^;]+;/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ");

  const window = new Window();
  const document = window.document as unknown as Document;
  const hosts = new Map<SceneName, HTMLElement>();
  const scenes = new Map<SceneName, Scene<unknown>>();
  const make: Record<SceneName, (host: HTMLElement) => Scene<never>> = {
    map: (host) => createMapScene(host, payload, geo, STATIC_SIZE),
    alliances: (host) => createAlliancesScene(host, alliancesData(payload.actors, payload.relations, payload.states.flatMap((s) => (s.alliances ? [s.alliances] : []))), STATIC_SIZE),
    chart: (host) => createChartScene(host, payload.charts, STATIC_SIZE),
    timeline: (host) => createTimelineScene(host, payload.events, STATIC_SIZE),
  };

  const out = new Map<string, string>();
  for (const state of payload.states) {
    let host = hosts.get(state.scene);
    if (!host) {
      host = document.createElement("div");
      document.body.append(host);
      hosts.set(state.scene, host);
      scenes.set(state.scene, make[state.scene](host) as Scene<unknown>);
    }
    scenes.get(state.scene)!.render(state[state.scene], false);
    // A scene may draw in several SVGs stacked in their host (the map: its world, then its labels); the
    // image is one SVG, the later ones' contents in groups named as they were, on top.
    const [first, ...over] = host.querySelectorAll<SVGSVGElement>(":scope > svg");
    const svg = first.cloneNode(true) as SVGSVGElement;
    for (const layer of over) {
      const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
      g.setAttribute("class", layer.getAttribute("class") ?? "");
      for (const child of layer.childNodes) g.append(child.cloneNode(true));
      svg.append(g);
    }
    svg.removeAttribute("aria-hidden");
    svg.removeAttribute("style"); // the map's offset on the page
    svg.setAttribute("viewBox", `0 0 ${STATIC_SIZE.width} ${STATIC_SIZE.height}`); // not the margin the map draws past it
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    svg.setAttribute("width", String(STATIC_SIZE.width));
    svg.setAttribute("height", String(STATIC_SIZE.height));
    const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
    style.textContent = CSS_SLOT;
    svg.prepend(style);
    if (state.scene !== "map") svg.classList.add("static-paper");
    // The stylesheet goes in as character data: its queries hold "<" and ">" (width < 52rem), which
    // the serializer leaves raw and an XML parser then refuses, so the image would not load at all.
    const xml = svg.outerHTML.replace(CSS_SLOT, `<![CDATA[${css.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`);
    out.set(state.id, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`);
  }
  window.close();
  return out;
}
