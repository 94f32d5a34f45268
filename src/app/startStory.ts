// The piece itself, on prerendered markup wherever that is: our own page (src/main.ts), a shadow
// root on a host page (src/embed/shadow/mountShadow.ts) or an iframe driven by a bridge (src/embed/frame/).
//
//   scroll (scrollama) | iframe bridge | #step= link | settle after a fling
//        -> controller.setStep(i)            the one place the active step changes
//        -> (in the next frame, unless a jump) listeners: step DOM (aria-current, data-step), #step= hash, caption,
//           stage.render(states[i]) -> the step's scene: map | alliances | chart | timeline
import payload from "virtual:story";
import scenesUrl from "virtual:story-scenes";
import geoUrl from "../../assets/geo/region.topo.json?url";
import { createController, type Controller } from "../controller.ts";
import { followLayout } from "./layout.ts";
import { afterNextPaint, onceAfterNextPaint } from "../schedule/afterNextPaint.ts";
import { inNextFrame } from "../schedule/inNextFrame.ts";
import { nextTask } from "../schedule/nextTask.ts";
import { loadGeoPatiently, type Geo } from "../geo/load.ts";
import { fetchJson, LoadError, withDeadline, withRetries } from "../net/fetchJson.ts";
import { stepIdFromHash, writeStepHash } from "../link/hash.ts";
import type { ModesContext } from "../modes/context.ts";
import type { ScenePayload } from "../model/payload.ts";
import type { LaterScenes } from "../scenes/later.ts";
import { mapModelSteps, type MapModel } from "../scenes/map/model.ts";
import { regionProjection } from "../scenes/map/projection.ts";
import { createMapScene } from "../scenes/map/render.ts";
import type { Viewport } from "../scenes/scene.ts";
import { createStage, isEmpty } from "../scenes/stage.ts";
import { inSlices, nextIdle, whenIdle, type Steps } from "../schedule/steps.ts";
import { OFFSET } from "../scroll/scroller.ts";
import { windowScrolling, type Scrolling } from "../scroll/scrolling.ts";
import { reserveCaptionSpace, sceneNotices, updateCaption } from "../ui/caption.ts";
import { loadMotion } from "../motion/tween.ts";
import { setupMotionToggle } from "../ui/motionToggle.ts";
import { setupStepper } from "../ui/stepper.ts";
import { setupShareButtons } from "../ui/shareButtons.ts";
import { strings } from "../ui/strings.ts";

export interface StoryOptions {
  /** Where the prerendered article is: the page itself, or the shadow root that embed.js made. */
  readonly scope: Document | ShadowRoot;
  /** Follows and keeps #step= in the address bar. Only on our own page: a host page's URL is not ours. */
  readonly hash: boolean;
  /**
   * The element whose page-wide switches the CSS reads (data-motion, data-fonts): <html> on our page, the
   * shadow's wrapper in an embed.
   */
  readonly pageRoot: HTMLElement;
  /** How scrolling picks steps: the window's scroll (scrollama) or an iframe bridge's virtual viewport. */
  readonly scrolling?: Scrolling;
  /** The step buttons; off where they would float over someone else's page. */
  readonly stepper?: boolean;
  /**
   * After a window resize, bring the reader's passage back under the reading line: always on our own
   * page; on a host page only while the piece is under the reading line, or it would yank a reader who
   * is elsewhere in the host's article.
   */
  readonly reanchor?: "always" | "onscreen";
  /** Called before the page starts (src/modes/setupModes.ts on our own page). */
  readonly modes?: (context: ModesContext) => void;
}

/** A try at the later scenes' chunk or data that has not loaded whole after this long is given up. */
const LATER_DEADLINE_MS = 15_000;

const sameSize = (a: Viewport, b: Viewport) => a.width === b.width && a.height === b.height;

/** Whether the reading line (src/scroll/scroller.ts) crosses the element. */
function underReadingLine(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  const line = window.innerHeight * OFFSET;
  return rect.top <= line && rect.bottom >= line;
}

/** Starts the piece on prerendered markup. Returns the controller, for drivers outside the page. */
export function startStory(options: StoryOptions): Controller {
  const { scope, hash, pageRoot, scrolling = windowScrolling } = options;
  const { createScrollDriver, measureStep, scrollToStep } = scrolling;
  const root = scope.getElementById("story")!;
  const steps = [...root.querySelectorAll<HTMLElement>(".step")];
  const figure = root.querySelector<HTMLElement>(".graphic")!;
  const scenesHost = figure.querySelector<HTMLElement>(".scenes")!;
  const controller = createController(steps.length, -1, inNextFrame);
  const notices = sceneNotices(figure); // each scene's own: the map's failure shows on map steps only
  let geo: Geo | null = null;
  let prebuiltMap: { viewport: Viewport; model: MapModel } | null = null;
  // The captions' reserved height sets the graphic's: what is laid out for its size waits for it.
  let captionsReserved: Promise<void> = Promise.resolve();
  const stage = createStage(scenesHost, {
    map: (host, viewport) => (geo ? createMapScene(host, payload, geo, viewport, prebuiltMap ?? undefined) : null),
    alliances: (host, viewport) => later?.alliances(host, viewport) ?? null,
    chart: (host, viewport) => later?.chart(host, viewport) ?? null,
    timeline: (host, viewport) => later?.timeline(host, viewport) ?? null,
  });

  // The diagram, chart and timeline arrive in a second chunk: when idle, or at once if a step needs them.
  let later: LaterScenes["scenes"] | null = null;
  let loadingLater: Promise<void> | null = null;
  function loadLaterScenes(): Promise<void> {
    // The chunk and its data (a JSON file) are fetched side by side, each within a deadline over its whole
    // download; a failure that may pass is tried again with back-off (as the map is), then the notice.
    const tryOnce = () =>
      Promise.all([withDeadline(import("../scenes/later.ts"), LATER_DEADLINE_MS, "the graphics' code"), fetchJson(scenesUrl, "the graphics' data", fetch, LATER_DEADLINE_MS) as Promise<ScenePayload>]);
    const transient = (error: unknown) => !(error instanceof LoadError) || error.transient; // a failed import() is a TypeError
    return (loadingLater ??= withRetries(tryOnce, {}, transient).then(([module, json]) => module.laterScenes(json, payload.states)).then(
      (loaded) => {
        later = loaded.scenes;
        notices.clear("later");
        stage.retry();
        void prepareLaterScenes(loaded);
      },
      () => {
        loadingLater = null; // a failed chunk load may succeed on the next step change, or on "Try again"
        if (payload.states[controller.current]?.scene === "map") return; // the map needs no chunk
        notices.set("later", strings.graphicsLoadFailed, () => void loadLaterScenes());
      },
    ));
  }

  // Laying out a scene is its most expensive moment: do it while the reader reads, in idle time. The pure
  // part (the diagram's line routing) runs in pieces that stop at each idle deadline; then each scene's
  // elements are made in an idle period of their own, and its first drawing (the next step it shows,
  // out of sight) in another: 40–50 ms at 4x CPU, which a scroll would otherwise pay mid-way.
  async function prepareLaterScenes(loaded: LaterScenes): Promise<void> {
    await captionsReserved;
    for (const name of ["alliances", "chart", "timeline"] as const) {
      const model = loaded.models[name];
      if (model && !isEmpty(stage.viewport())) await whenIdle(model(stage.viewport(), payload.states));
      await nextIdle();
      stage.prepare(name);
      await nextIdle();
      const ahead = payload.states.find((s, i) => i > controller.current && s.scene === name);
      if (ahead) await whenIdle(stage.preview(ahead));
    }
    void previewNeighbours();
  }

  const linked = hash ? stepIdFromHash(location.hash) : null;
  let writeHash = linked !== null; // a plain visit keeps a clean URL until the reader moves

  // The URL follows the reader a frame later: replaceState costs a step change 2–3 ms at 4x CPU, and
  // nothing on screen waits for it. It writes the step current then, so the last change wins; and not at
  // all if the hash changed meanwhile (a link the reader followed, whose hashchange is still on its way).
  let hashAtChange = "";
  const writeUrl = onceAfterNextPaint(() => {
    if (location.hash === hashAtChange) writeStepHash(payload.states[controller.current].id);
  });
  const followInUrl = () => {
    hashAtChange = location.hash;
    writeUrl();
  };

  // A scene coming into view was the costliest step change (50–100 ms at 4x CPU: all its elements drawn,
  // restyled and laid out at once). So once a step is on screen, the scenes of the steps either side are
  // drawn ahead, out of sight, in idle time; the change to one of them then rewrites almost nothing. Where
  // both neighbours share a scene, it shows the step below: the reader's usual direction.
  let previewing = 0; // only the latest request runs; an older one stops at its next wait
  async function previewNeighbours(): Promise<void> {
    const ticket = ++previewing;
    await afterNextPaint();
    await nextIdle();
    const i = controller.current;
    if (ticket !== previewing || i < 0) return;
    const [above, below] = [payload.states[i - 1], payload.states[i + 1]];
    const wanted = above && above.scene !== below?.scene ? [above, below] : [below];
    // In idle pieces (the map works its words out in many); a newer request stops this one between them.
    function* whileLatest(steps: Steps<void>): Steps<void> {
      for (let next = steps.next(); !next.done && ticket === previewing; next = steps.next()) yield;
    }
    for (const s of wanted) if (s) await whenIdle(whileLatest(stage.preview(s)));
  }

  controller.subscribe((index, animate) => {
    const state = payload.states[index];
    root.dataset.step = state.id;
    steps.forEach((step, j) => {
      step.classList.toggle("is-active", j === index);
      if (j === index) step.setAttribute("aria-current", "step");
      else step.removeAttribute("aria-current");
    });
    // The step a plain visit lands on stays out of the URL; any other (a reader who scrolled before the piece was live) goes in.
    if (hash && (writeHash || index > 0)) followInUrl();
    writeHash = true;
    updateCaption(figure, state, payload);
    notices.show(state.scene);
    stage.render(state, animate);
    if (state.scene !== "map" && !later) void loadLaterScenes();
    void previewNeighbours();
  });

  async function loadMap(): Promise<void> {
    root.dataset.map = "loading";
    try {
      const loadedGeo = await loadGeoPatiently(geoUrl, payload.borders, { onSlow: () => notices.set("map", strings.mapLoadSlow) });
      await captionsReserved; // project for the graphic's final size, not twice
      // Project the region in slices before drawing it, so the load never blocks input for long; again if
      // the graphic changed size meanwhile (web fonts in, captions measured), or the scene would do it at once.
      for (let tries = 0; tries < 3 && !isEmpty(stage.viewport()) && (!prebuiltMap || !sameSize(prebuiltMap.viewport, stage.viewport())); tries++) {
        const viewport = stage.viewport();
        prebuiltMap = { viewport, model: await inSlices(mapModelSteps(loadedGeo, payload, regionProjection(viewport.width, viewport.height))) };
      }
      geo = loadedGeo;
      stage.prepare("map"); // the map's elements in one task, its first picture in the next
      await nextTask();
      notices.clear("map");
      root.dataset.map = "ready";
      stage.retry();
      void previewNeighbours();
    } catch {
      root.dataset.map = "failed";
      notices.set("map", strings.mapLoadFailed, () => void loadMap());
    }
  }

  // Captions keep one height whatever the step (src/ui/caption.ts): measured on a clean layout, after a
  // frame; again once the web fonts are in and whenever the graphic's width changes (the observer below).
  // A hidden graphic (the stacked layout) is measured once it is shown.
  let captionsWidth = -1;
  const reserveCaptions = () => afterNextPaint().then(() => reserveCaptionSpace(figure, payload.states, payload));

  /** Scrolling and resizing, from here on. */
  function follow(): void {
    const driver = createScrollDriver(steps, (i) => scrollChooses && controller.setStep(i));
    // The scenes' size as the observer last saw it: its first call (after the next layout) records it, so
    // nothing here reads the layout while the start-up's writes are pending.
    let size: string | null = null;
    let windowSize = `${window.innerWidth}x${window.innerHeight}`;
    let windowResizedAt = -Infinity;
    window.addEventListener("resize", () => (windowResizedAt = performance.now()));
    // The observer measures (its entry, on the layout just made) and the writes wait for the next frame,
    // outside the observers' round: there they (the scenes, scrollama's new observers) would leave notices
    // undelivered, which Chromium reports as a window error event (a ResizeObserver loop).
    let latest = "";
    let asked = false;
    new ResizeObserver((entries) => {
      const { width, height } = entries[entries.length - 1].contentRect;
      latest = `${Math.round(width)}x${Math.round(height)}`;
      if (asked) return;
      asked = true;
      requestAnimationFrame(() => {
        asked = false;
        resized(latest);
      });
    }).observe(scenesHost);
    function resized(now: string): void {
      const first = size === null;
      if (now === size) return;
      size = now;
      const width = Number(now.split("x")[0]);
      if (width !== captionsWidth && width > 0) {
        if (captionsWidth >= 0) void reserveCaptions();
        captionsWidth = width;
      }
      stage.resize(); // cheap when nothing changed: each scene compares sizes
      if (first) return;
      driver.resize();
      // A new window size (a rotated phone, a resized window) moves the passages: keep the reader's passage
      // under the reading line. Only then: a caption that grows by a line also resizes the graphic, and
      // snapping the page back then would fight the reader's own scrolling (or the browser's focus scroll).
      // And only just after the window's resize: a graphic resized seconds later (the captions measured
      // again in idle time) must not pull back a reader who has scrolled on since.
      const windowNow = `${window.innerWidth}x${window.innerHeight}`;
      const justResized = performance.now() - windowResizedAt < 1000;
      if (windowNow !== windowSize && justResized && controller.current >= 0 && (options.reanchor !== "onscreen" || underReadingLine(root))) scrollToStep(steps, controller.current);
      windowSize = windowNow;
    }
  }

  function start(): void {
    const scrollDriven = "IntersectionObserver" in window; // without it, the article and its notes read in order
    followLayout(root, { forced: !scrollDriven });
    if (!scrollDriven) return;
    if (hash) history.scrollRestoration = "manual"; // the #step= link, not the browser, says where a reload lands
    // Start-up itself reads neither the layout nor fonts.ready: either would force a restyle while its
    // writes are pending.
    captionsReserved = reserveCaptions().catch(() => {});
    void captionsReserved.then(() => document.fonts?.ready.then(reserveCaptions));
    const index = linked ? steps.findIndex((s) => s.dataset.stepId === linked) : -1;
    if (index >= 0) scrollToStep(steps, index);
    controller.setStep(index >= 0 ? index : measureStep(steps), { animate: false });
    if (options.stepper !== false) setupStepper({
      nav: root.querySelector<HTMLElement>(".stepper")!,
      steps,
      controller,
      titles: payload.states.map((s) => s.title),
      announcer: root.querySelector<HTMLElement>(".announcer")!,
      scrollTo: (i) => scrollToStep(steps, i),
    });
    // The first view is set. What it can do without starts in tasks of its own, each one short: one long
    // start-up task would hold up a reader's first tap (and counts against Total Blocking Time).
    void afterNextPaint().then(follow); // after a frame: scrollama's first measuring finds a clean layout
    void nextTask().then(() => {
      void loadMap();
      loadMotion().catch(() => {}); // without it, changes land without tweens: nothing to tell the reader
      void nextIdle().then(loadLaterScenes);
    });
    if (hash) window.addEventListener("hashchange", () => {
      const id = stepIdFromHash(location.hash);
      const i = id ? steps.findIndex((s) => s.dataset.stepId === id) : -1;
      if (i >= 0) {
        scrollToStep(steps, i);
        controller.setStep(i, { animate: false });
      }
    });
  }

  root.classList.add("is-live");
  // The fonts the first frame could do without (src/styles/main.css), in the first idle period after it:
  // the switch restyles and lays out the Arabic passages, and a task that reads the layout next (start-up,
  // scrollama's first callbacks, the captions' measuring) would have to wait for that.
  void afterNextPaint()
    .then(() => nextIdle())
    .then(() => (pageRoot.dataset.fonts = "all"));
  setupMotionToggle(root.querySelector<HTMLButtonElement>(".motion-toggle")!, pageRoot);
  setupShareButtons(root);
  let scrollChooses = true; // a mode may make scrolling follow the step instead (ModesContext)
  options.modes?.({ controller, steps, payload, root, scrollTo: (i) => scrollToStep(steps, i), scrollChooses: (on) => void (scrollChooses = on) }); // ?mode=present|console, ?print
  start();
  return controller;
}
