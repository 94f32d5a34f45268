// Mode 2 on the host page: our iframe, sized to its content, fed the host's viewport each frame
// while it is on (or near) the screen, so the piece inside can pick its step and pin its graphic.
import type { StepInfo } from "../hostEvents.ts";
import { parseHeightMessage, parseStepMessage, viewportMessage } from "../protocol.ts";

/** How long after the iframe's load event the piece has to report its height before the host is told it failed. */
const SILENT_AFTER_LOAD_MS = 10_000;

export interface BridgeOptions {
  /** The piece's URL (already checked to be http(s)). */
  readonly src: URL;
  /** The iframe's accessible name. */
  readonly title: string;
  /** Origins whose messages are accepted from the iframe (exact match). */
  readonly allow: readonly string[];
  /** The piece reported its height for the first time. */
  readonly onReady?: () => void;
  /** The piece's active step changed (its step message, relayed). */
  readonly onStep?: (step: StepInfo) => void;
  /** The frame loaded and no piece reported from it in time (a late report still calls onReady). */
  readonly onSilent?: () => void;
}

/** The --xstory-top sticky-header offset the host set, in px. */
function inset(el: Element): number {
  const value = parseFloat(getComputedStyle(el).getPropertyValue("--xstory-top"));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function mountFrameBridge(container: HTMLElement, options: BridgeOptions): HTMLIFrameElement {
  const src = new URL(options.src.href);
  src.searchParams.set("embed", "1");
  src.searchParams.set("bridge", "1");
  const iframe = document.createElement("iframe");
  iframe.src = src.href;
  iframe.title = options.title;
  iframe.setAttribute("scrolling", "no");
  iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  iframe.allow = "clipboard-write; web-share"; // "Share this passage" inside the frame
  iframe.style.cssText = "display:block;width:100%;height:100vh;border:0;margin:0;padding:0;overflow:hidden";
  container.append(iframe);
  iframe.addEventListener("load", () => setTimeout(() => !ready && iframe.isConnected && options.onSilent?.(), SILENT_AFTER_LOAD_MS));
  const target = src.origin; // every message to the frame names the origin we loaded

  let ready = false; // until the piece says its height, the frame may still be about:blank (the host's origin)
  let onScreen = false;
  let scheduled = 0;
  let last = "";
  const send = () => {
    scheduled = 0;
    const rect = iframe.getBoundingClientRect();
    const vv = window.visualViewport;
    const message = viewportMessage({
      rectTop: rect.top,
      viewHeight: window.innerHeight,
      visualTop: vv ? vv.offsetTop : 0,
      visualHeight: vv ? vv.height : window.innerHeight,
      inset: inset(container),
    });
    const key = JSON.stringify(message);
    if (key === last) return; // nothing moved
    last = key;
    iframe.contentWindow?.postMessage(message, target);
  };
  const schedule = () => {
    if (ready && onScreen && !scheduled) scheduled = requestAnimationFrame(send);
  };

  window.addEventListener("message", (event) => {
    // Only our frame's window, and only from an allowed origin; look-alikes from anywhere else are ignored.
    if (event.source !== iframe.contentWindow || !options.allow.includes(event.origin)) return;
    const step = parseStepMessage(event.data);
    if (step) return void options.onStep?.({ id: step.id, index: step.index, count: step.count });
    const height = parseHeightMessage(event.data);
    if (!height) return;
    iframe.style.height = `${height.height}px`;
    container.dataset.xstoryHeight = String(height.height);
    if (!ready) options.onReady?.();
    ready = true;
    last = ""; // the frame is (re)loaded or re-laid out: tell it where it is
    schedule();
  });
  // A scroll anywhere (the window or a scrolling ancestor), a resize, a pinch zoom: one report per frame.
  document.addEventListener("scroll", schedule, { capture: true, passive: true });
  window.addEventListener("resize", schedule);
  window.visualViewport?.addEventListener("resize", schedule);
  window.visualViewport?.addEventListener("scroll", schedule);
  new IntersectionObserver(
    ([entry]) => {
      onScreen = entry.isIntersecting;
      schedule();
    },
    { rootMargin: "100% 0px" },
  ).observe(iframe);
  return iframe;
}
