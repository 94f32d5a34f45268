// The piece inside an iframe (modes 2 and 3 in EMBEDDING.md). It tells the parent its height, in our
// bridge protocol when embed.js made the frame, otherwise in the dialects CMSes understand; and it
// follows the host's viewport from whoever reports it: our bridge, pym's viewport-iframe-position,
// or, with no help from the parent at all, its own measurement (src/embed/frame/sliceBand.ts).
import { startStory } from "../../app/startStory.ts";
import { heightDialects, parsePym, parsePymViewport, pymMessage } from "../dialects.ts";
import payload from "virtual:story";
import { followSteps } from "../hostEvents.ts";
import { heightMessage, parseViewportMessage, stepMessage } from "../protocol.ts";
import { switchableScrolling } from "../../scroll/switchableScrolling.ts";
import { elementScrolling } from "./elementScrolling.ts";
import { createFrameScrolling } from "./frameScrolling.ts";
import { frameParams } from "./frameParams.ts";
import { watchVisibleBand } from "./sliceBand.ts";

/** How long a host has, after the first height report, to size the frame to the piece. */
const SIZED_WITHIN_MS = 2000;
/** A frame at least this share of the piece's height counts as sized (a host may round, or lag by a font swap). */
const UNSIZED_SHARE = 0.9;

/** The id the page gives itself in the Datawrapper dialect (one piece per page, so one id). */
const DATAWRAPPER_ID = "xstory";

export function startFrame(): void {
  const params = frameParams(location.search, window.parent !== window, location.ancestorOrigins?.[0] ?? null, document.referrer);
  if (!params) return;
  const html = document.documentElement;
  const story = document.getElementById("story")!;
  const stage = story.querySelector<HTMLElement>(".stage")!;
  html.classList.add("is-framed");
  html.dataset.embed = params.bridge ? "bridge" : params.childId !== null ? "pym" : "frame";
  // A link to a source would otherwise open inside the frame, in place of the piece.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (link.origin !== location.origin && /^https?:$/.test(link.protocol)) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  }
  const framed = createFrameScrolling(story, stage);
  const scrolling = switchableScrolling(framed);
  const controller = startStory({ scope: document, hash: false, pageRoot: html, scrolling, stepper: false });

  const { parentOrigin, childId } = params;
  // Our own messages go only to the parent's exact origin. The CMS dialects carry nothing but a height
  // and are by convention posted to "*"; they use the parent's origin whenever it is known.
  const post = (data: unknown, targetOrigin: string) => window.parent.postMessage(data, targetOrigin);
  // embed.js relays step changes to the host page as events (src/embed/hostEvents.ts).
  if (params.bridge && parentOrigin) {
    followSteps(controller, payload.states.map((s) => s.id), (step) => post(stepMessage(step), parentOrigin));
  }

  let lastHeight = -1;
  let selfScrolling = false;
  const reportHeight = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    if (params.bridge) {
      if (parentOrigin) post(heightMessage(height), parentOrigin);
      return;
    }
    const src = location.href;
    for (const message of heightDialects(height, { childId, src, id: DATAWRAPPER_ID })) post(message, parentOrigin ?? "*");
  };
  // A browser may not render a cross-origin frame while it is off screen, and then no ResizeObserver
  // fires: so the height is also measured after each viewport report and when fonts and the page load.
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
  void document.fonts?.ready.then(reportHeight);
  window.addEventListener("load", reportHeight);

  // Until a parent reports the viewport, the frame measures what it can see of itself. Once pym has
  // answered, the measurement only tells when to ask pym again: a pym parent without trackscroll
  // sends nothing on scroll. Our own bridge reports every frame, so measuring stops.
  let helpedBy: "bridge" | "pym" | null = null;
  const askPym = () => childId !== null && post(pymMessage(childId, "parentPositionInfo", ""), parentOrigin ?? "*");
  const measure = () =>
    watchVisibleBand(
      (view) => {
        if (selfScrolling) return;
        if (helpedBy === "pym") return void askPym();
        html.dataset.frameView = "measured";
        framed.update(view);
        reportHeight();
      },
      () => (html.dataset.frameView = "stacked"),
    );
  let stopMeasuring = measure();

  window.addEventListener("message", (event) => {
    // Only the window that holds us, from the origin we know it has; anything else is someone else's.
    if (selfScrolling || event.source !== window.parent || parentOrigin === null || event.origin !== parentOrigin) return;
    const bridged = parseViewportMessage(event.data);
    const pym = bridged || childId === null ? null : parsePym(event.data, childId);
    const pymView = pym?.type === "viewport-iframe-position" ? parsePymViewport(pym.payload) : null;
    const view = bridged ?? (pymView && { rectTop: pymView.rectTop, viewHeight: pymView.viewHeight, visualTop: 0, visualHeight: pymView.viewHeight, inset: 0 });
    if (!view) return;
    if (!helpedBy) {
      helpedBy = bridged ? "bridge" : "pym";
      if (bridged) stopMeasuring();
      html.dataset.frameView = helpedBy;
    }
    framed.update(view);
    reportHeight();
  });

  // A host that never sizes the frame to the piece (most CMSes keep an iframe at the height its markup
  // gives) would leave the reader with two passages and no way on. If, a while after the first height
  // report, the frame is still much shorter than the piece, the piece becomes a page that scrolls
  // itself inside the frame, with its own sticky graphic: every step reachable, even with scrolling="no".
  if (!params.bridge) {
    const unsized = () => window.innerHeight < document.body.scrollHeight * UNSIZED_SHARE;
    const scrollItself = (on: boolean) => {
      selfScrolling = on;
      html.classList.toggle("is-framed", !on);
      html.classList.toggle("is-self-scrolling", on);
      stage.style.removeProperty("--pin");
      if (on) {
        stopMeasuring();
        html.dataset.frameView = "self";
        scrolling.switchTo(elementScrolling(document.body));
      } else {
        html.dataset.frameView = "measured";
        stopMeasuring = measure();
        scrolling.switchTo(framed);
      }
    };
    // Nobody answered (no pym, no bridge) and the frame is still short: the piece scrolls itself.
    setTimeout(() => !helpedBy && unsized() && scrollItself(true), SIZED_WITHIN_MS);
    // A host that sizes the frame after all, only later, gets the framed piece back.
    window.addEventListener("resize", () => selfScrolling && !unsized() && scrollItself(false));
  }

  // pym answers this with viewport-iframe-position (and keeps sending it on scroll with trackscroll).
  askPym();
}
