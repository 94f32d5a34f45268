// Wires the pipeline. Build time (src/build/plugin.ts) has already run:
//
//   story/story.aml -> parse -> validate -> resolve -> states (virtual:story) + prerendered HTML
//
// Run time, drawn where it runs:
//
//   scroll (scrollama) | #step= link | settle after a fling
//        -> controller.setStep(i)            the one place the active step changes
//        -> listeners: step DOM (aria-current, data-step), #step= hash, caption,
//           stage.render(states[i]) -> the step's scene: map | alliances | chart | timeline
import "@fontsource/source-serif-4/latin-400.css";
import "@fontsource/source-serif-4/latin-600.css";
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-600.css";
import "@fontsource/amiri/arabic-400.css";
import "./styles/main.css";
import "./scenes/alliances/alliances.css";
import "./scenes/chart/chart.css";
import "./scenes/timeline/timeline.css";
import payload from "virtual:story";
import geoUrl from "../assets/geo/region.topo.json?url";
import { createController } from "./controller.ts";
import { loadGeo, type Geo } from "./geo/load.ts";
import { stepIdFromHash, writeStepHash } from "./link/hash.ts";
import { createAlliancesScene } from "./scenes/alliances/render.ts";
import { createChartScene } from "./scenes/chart/render.ts";
import { createMapScene } from "./scenes/map/render.ts";
import { createStage } from "./scenes/stage.ts";
import { createTimelineScene } from "./scenes/timeline/render.ts";
import { createScrollDriver, measureStep, scrollToStep } from "./scroll/scroller.ts";
import { hideNotice, showNotice, updateCaption } from "./ui/caption.ts";
import { setupMotionToggle } from "./ui/motionToggle.ts";
import { setupStepper } from "./ui/stepper.ts";
import { strings } from "./ui/strings.ts";

const root = document.getElementById("story")!;
const steps = [...root.querySelectorAll<HTMLElement>(".step")];
const figure = root.querySelector<HTMLElement>(".graphic")!;
const scenesHost = figure.querySelector<HTMLElement>(".scenes")!;
const controller = createController(steps.length);
let geo: Geo | null = null;
const stage = createStage(scenesHost, {
  map: (host, viewport) => (geo ? createMapScene(host, payload, geo, viewport) : null),
  alliances: (host, viewport) => createAlliancesScene(host, { actors: payload.actors, relations: payload.relations }, viewport),
  chart: (host, viewport) => createChartScene(host, payload.charts, viewport),
  timeline: (host, viewport) => createTimelineScene(host, payload.events, viewport),
});

const linked = stepIdFromHash(location.hash);
let writeHash = linked !== null; // a plain visit keeps a clean URL until the reader moves

controller.subscribe((index, animate) => {
  const state = payload.states[index];
  root.dataset.step = state.id;
  steps.forEach((step, j) => {
    step.classList.toggle("is-active", j === index);
    if (j === index) step.setAttribute("aria-current", "step");
    else step.removeAttribute("aria-current");
  });
  if (writeHash) writeStepHash(state.id);
  writeHash = true;
  updateCaption(figure, state, payload);
  stage.render(state, animate);
});

async function loadMap(): Promise<void> {
  root.dataset.map = "loading";
  try {
    geo = await loadGeo(geoUrl, payload.borders);
    hideNotice(figure);
    root.dataset.map = "ready";
    stage.retry();
  } catch {
    root.dataset.map = "failed";
    showNotice(figure, strings.mapLoadFailed, () => void loadMap());
  }
}

function start(): void {
  if (!("IntersectionObserver" in window)) {
    root.classList.add("is-stacked"); // no scroll-driven graphic; the article and its notes read in order
    return;
  }
  history.scrollRestoration = "manual"; // the #step= link, not the browser, says where a reload lands
  const index = linked ? steps.findIndex((s) => s.dataset.stepId === linked) : -1;
  if (index >= 0) scrollToStep(steps, index);
  controller.setStep(index >= 0 ? index : measureStep(steps), { animate: false });
  void loadMap();
  const driver = createScrollDriver(steps, (i) => controller.setStep(i));
  setupStepper({
    nav: root.querySelector<HTMLElement>(".stepper")!,
    steps,
    controller,
    titles: payload.states.map((s) => s.title),
    announcer: root.querySelector<HTMLElement>(".announcer")!,
    scrollTo: (i) => scrollToStep(steps, i),
  });
  let width = scenesHost.clientWidth;
  let height = scenesHost.clientHeight;
  new ResizeObserver(() => {
    if (scenesHost.clientWidth === width && scenesHost.clientHeight === height) return;
    [width, height] = [scenesHost.clientWidth, scenesHost.clientHeight];
    stage.resize();
    driver.resize();
  }).observe(scenesHost);
  window.addEventListener("hashchange", () => {
    const id = stepIdFromHash(location.hash);
    const i = id ? steps.findIndex((s) => s.dataset.stepId === id) : -1;
    if (i >= 0) {
      scrollToStep(steps, i);
      controller.setStep(i, { animate: false });
    }
  });
}

root.classList.add("is-live");
setupMotionToggle(root.querySelector<HTMLButtonElement>(".motion-toggle")!);
start();
