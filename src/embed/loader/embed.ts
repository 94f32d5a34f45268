// embed.js: the one script a newsroom pastes (EMBEDDING.md). Standalone, no framework, built on its
// own into dist/embed.js (src/build/embedPlugin.ts). For each `.xstory[data-src]` on the page it
// mounts the piece in the first way that works here:
//   1. shadow: in a shadow root on the host page, driven by the host's own scroll;
//   2. iframe: our iframe, sized to its content, fed the host's viewport (./frameBridge.ts),
//      when an ancestor breaks sticky, data-mode="iframe" asks for it, or the shadow mount fails.
// The link inside the container is the no-JavaScript fallback, hidden once the piece is mounted.
// With data-step="<id>", one step only, as a small static card in an iframe (./stepCard.ts).
import { allowedOrigins, httpUrl } from "../protocol.ts";
import { findStickyBreaker, type StyleFacts } from "../stickyBreaker.ts";
import { mountFrameBridge } from "./frameBridge.ts";
import { mountStepCard } from "./stepCard.ts";

const GLOBAL = "__xstoryEmbed1"; // loading the script twice finds this and only looks for new snippets
const SELECTOR = ".xstory[data-src]";
const ELEMENT = "xstory-embed";

interface ShadowModule {
  mount(shadow: ShadowRoot, options: { src: string }): Promise<void>;
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

async function mountShadow(container: HTMLElement, src: URL): Promise<void> {
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
    await module.mount(shadow, { src: src.href });
  } catch (error) {
    element.remove();
    throw error;
  }
}

async function mount(container: HTMLElement): Promise<void> {
  if (container.dataset.xstoryState) return; // mounted, or being mounted, by this or an earlier copy
  container.dataset.xstoryState = "loading";
  const src = httpUrl(container.dataset.src, document.baseURI);
  if (!src) {
    container.dataset.xstoryState = "invalid"; // the link stays: readers can still open the piece
    return;
  }
  const link = container.querySelector("a");
  const title = container.dataset.title || link?.textContent?.trim() || "Interactive story";
  const hideLink = () => link?.style.setProperty("display", "none", "important");
  const allow = () => allowedOrigins(container.dataset.allowOrigins, src.origin);
  const step = container.dataset.step;
  if (step !== undefined) {
    if (!/^[a-z0-9-]+$/.test(step)) return void (container.dataset.xstoryState = "invalid");
    mountStepCard(container, { src: new URL(`s/${step}/embed.html`, src), title, allow: allow() });
    hideLink();
    container.dataset.xstoryState = "card";
    return;
  }
  const breaker = container.dataset.mode === "iframe" ? "data-mode" : stickyBreakerAbove(container);
  if (!breaker) {
    try {
      await mountShadow(container, src);
      hideLink();
      container.dataset.xstoryState = "shadow";
      return;
    } catch (error) {
      console.warn("xstory: inline embed failed, using an iframe instead.", error);
      container.dataset.xstoryReason = "shadow-failed";
    }
  } else container.dataset.xstoryReason = breaker;
  mountFrameBridge(container, { src, title, allow: allow() });
  hideLink();
  container.dataset.xstoryState = "iframe";
}

function scan(): void {
  for (const container of document.querySelectorAll<HTMLElement>(SELECTOR)) void mount(container);
}

const globals = window as unknown as Record<string, { scan(): void } | undefined>;
if (globals[GLOBAL]) globals[GLOBAL].scan();
else {
  globals[GLOBAL] = { scan };
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
}
