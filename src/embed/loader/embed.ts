// embed.js: the one script a newsroom pastes (EMBEDDING.md). Standalone, no framework, built on its
// own into dist/embed.js (src/build/embedPlugin.ts). For each `.xstory[data-src]` on the page it
// mounts the piece in the first way that works here:
//   1. shadow: in a shadow root on the host page, driven by the host's own scroll;
//   2. iframe: our iframe, sized to its content, fed the host's viewport (./frameBridge.ts),
//      when an ancestor breaks sticky, data-mode="iframe" asks for it, or the shadow mount fails.
// The link inside the container is the no-JavaScript fallback, hidden once the piece is mounted.
// Lazy by default: nothing more is fetched from our origin until the container is within
// LAZY_MARGIN of the viewport (data-loading="eager" mounts at once).
// With data-step="<id>", one step only, as a small static card in an iframe (./stepCard.ts).
import { createStepReporter, EVENT, EVENTS_VERSION, type StepInfo, type StepReporter } from "../hostEvents.ts";
import { allowedOrigins, httpUrl } from "../protocol.ts";
import { findStickyBreaker, type StyleFacts } from "../stickyBreaker.ts";
import { mountFrameBridge } from "./frameBridge.ts";
import { addSkipLink } from "./skipLink.ts";
import { mountStepCard } from "./stepCard.ts";

const GLOBAL = "__xstoryEmbed1"; // loading the script twice finds this and only looks for new snippets
const SELECTOR = ".xstory[data-src]";
const ELEMENT = "xstory-embed";
/** How near the viewport (above or below) a container must come before the piece loads: 1.5 screens. */
const LAZY_MARGIN = "150% 0px";

interface ShadowModule {
  mount(shadow: ShadowRoot, options: { src: string; onStep?: (step: StepInfo) => void }): Promise<void>;
}

/** A bubbling CustomEvent on the container, for the host page's scripts (src/embed/hostEvents.ts). */
function dispatch(container: HTMLElement, type: string, detail: object): void {
  container.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { v: EVENTS_VERSION, ...detail } }));
}

/** Step and reached-end events for this container, told only while it is on screen. */
function stepEvents(container: HTMLElement): StepReporter {
  const reporter = createStepReporter(
    (step) => dispatch(container, EVENT.step, step),
    (step) => dispatch(container, EVENT.end, step),
  );
  if ("IntersectionObserver" in window) new IntersectionObserver(([entry]) => reporter.visible(entry.isIntersecting)).observe(container);
  else reporter.visible(true);
  return reporter;
}

function facts(el: Element): StyleFacts {
  const s = getComputedStyle(el);
  return { overflowX: s.overflowX, overflowY: s.overflowY, transform: s.transform, contain: s.contain };
}

/** The container and its ancestors, up to <body>, through any shadow roots the host uses itself. */
function stickyBreakerAbove(el: Element): string | null {
  const chain: StyleFacts[] = [];
  for (let node: Element | null = el; node && node !== document.body && node !== document.documentElement; ) {
    chain.push(facts(node));
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return findStickyBreaker(chain, facts(document.body), facts(document.documentElement));
}

async function mountShadow(container: HTMLElement, src: URL, onStep: (step: StepInfo) => void): Promise<void> {
  if (!("attachShadow" in Element.prototype) || !("adoptedStyleSheets" in Document.prototype)) throw new Error("no shadow DOM");
  const manifestUrl = new URL("embed.json", src);
  const response = await fetch(manifestUrl, { credentials: "omit" });
  if (!response.ok) throw new Error(`${manifestUrl.href}: ${response.status}`);
  const manifest: unknown = await response.json();
  const modulePath = typeof manifest === "object" && manifest !== null ? (manifest as { module?: unknown }).module : null;
  const moduleUrl = typeof modulePath === "string" ? httpUrl(modulePath, manifestUrl.href) : null;
  if (!moduleUrl || moduleUrl.origin !== src.origin) throw new Error("embed.json: bad module");
  const module = (await import(/* @vite-ignore */ moduleUrl.href)) as ShadowModule;
  if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, class extends HTMLElement {});
  const element = document.createElement(ELEMENT);
  const shadow = element.attachShadow({ mode: "open" });
  container.append(element);
  try {
    await module.mount(shadow, { src: src.href, onStep });
  } catch (error) {
    element.remove();
    throw error;
  }
}

async function mount(container: HTMLElement): Promise<void> {
  container.dataset.xstoryState = "loading";
  const src = httpUrl(container.dataset.src, document.baseURI);
  if (!src) {
    container.dataset.xstoryState = "invalid"; // the link stays: readers can still open the piece
    dispatch(container, EVENT.failed, { reason: "invalid-src" });
    return;
  }
  const link = container.querySelector("a");
  const title = container.dataset.title || link?.textContent?.trim() || "Interactive story";
  const showLink = (on: boolean) => (on ? link?.style.removeProperty("display") : link?.style.setProperty("display", "none", "important"));
  const allow = () => allowedOrigins(container.dataset.allowOrigins, src.origin);
  const step = container.dataset.step;
  if (step !== undefined) {
    if (!/^[a-z0-9-]+$/.test(step)) return void (container.dataset.xstoryState = "invalid");
    mountStepCard(container, { src: new URL(`s/${step}/embed.html`, src), title, allow: allow() });
    showLink(false);
    container.dataset.xstoryState = "card";
    return;
  }
  const breaker = container.dataset.mode === "iframe" ? "data-mode" : stickyBreakerAbove(container);
  const steps = stepEvents(container);
  if (!breaker) {
    try {
      await mountShadow(container, src, steps.step);
      addSkipLink(container);
      showLink(false);
      container.dataset.xstoryState = "shadow";
      dispatch(container, EVENT.mounted, { mode: "shadow" });
      return;
    } catch (error) {
      console.warn("xstory: inline embed failed, using an iframe instead.", error);
      container.dataset.xstoryReason = "shadow-failed";
    }
  } else container.dataset.xstoryReason = breaker;
  let removeSkipLink: (() => void) | null = null;
  mountFrameBridge(container, {
    src,
    title,
    allow: allow(),
    onReady: () => {
      removeSkipLink ??= addSkipLink(container); // a late report, after the frame was given up for silent
      showLink(false);
      container.dataset.xstoryState = "iframe";
      dispatch(container, EVENT.mounted, { mode: "iframe" });
    },
    onStep: steps.step,
    onSilent: () => {
      // The frame loaded but no piece of ours spoke from it (a wrong data-src, an error page): the link again.
      showLink(true);
      removeSkipLink?.();
      removeSkipLink = null;
      container.dataset.xstoryState = "failed";
      dispatch(container, EVENT.failed, { reason: "frame-silent" });
    },
  });
  removeSkipLink = addSkipLink(container); // after the iframe: its landing mark goes at the end
  showLink(false);
  container.dataset.xstoryState = "iframe";
}

/** Mounts each container when it comes within LAZY_MARGIN of the viewport (at once if it already is). */
const nearViewport =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries, observer) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer.unobserve(entry.target);
            void mount(entry.target as HTMLElement);
          }
        },
        { rootMargin: LAZY_MARGIN },
      )
    : null;

function scan(): void {
  for (const container of document.querySelectorAll<HTMLElement>(SELECTOR)) {
    if (container.dataset.xstoryState) continue; // waiting, mounted, or being mounted by this or an earlier copy
    if (!nearViewport || container.dataset.loading === "eager") void mount(container);
    else {
      container.dataset.xstoryState = "waiting";
      nearViewport.observe(container);
    }
  }
}

const globals = window as unknown as Record<string, { scan(): void } | undefined>;
if (globals[GLOBAL]) globals[GLOBAL].scan();
else {
  globals[GLOBAL] = { scan };
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
}
