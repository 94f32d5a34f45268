// The piece in a shadow root on a host page (mode 1 in EMBEDDING.md): a build entry of its own
// (dist/embed.json names its hashed file), imported by embed.js. It copies the prerendered article
// from our page, gives the shadow root our stylesheet made safe for it (./shadowCss.ts), declares
// the fonts on the document, and starts the piece on the host's own scroll.
import fontsCss from "../../styles/fonts.css?inline";
import mainCss from "../../styles/main.css?inline";
import alliancesCss from "../../scenes/alliances/alliances.css?inline";
import chartCss from "../../scenes/chart/chart.css?inline";
import timelineCss from "../../scenes/timeline/timeline.css?inline";
import payload from "virtual:story";
import { startStory } from "../../app/startStory.ts";
import { followSteps, type StepInfo } from "../hostEvents.ts";
import { httpUrl } from "../protocol.ts";
import { shadowCss, WRAPPER } from "./shadowCss.ts";

const FONTS_MARK = Symbol.for("xstory.fonts"); // declared once per document, however many embeds

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** Links and images in the copied article point at our site, not at the host page's. */
function absolutize(root: ParentNode, base: string): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = a.getAttribute("href")!;
    if (href.startsWith("#")) continue; // in-page: handled by the click listener below
    const url = httpUrl(href, base);
    if (url) a.setAttribute("href", url.href);
    else a.removeAttribute("href");
  }
  for (const img of root.querySelectorAll<HTMLImageElement>("img[src]")) {
    const url = httpUrl(img.getAttribute("src"), base);
    if (url) img.setAttribute("src", url.href);
    else img.remove();
  }
}

export async function mount(shadow: ShadowRoot, options: { src: string; onStep?: (step: StepInfo) => void }): Promise<void> {
  const response = await fetch(options.src, { credentials: "omit" });
  if (!response.ok) throw new Error(`${options.src}: ${response.status}`);
  // Our own page, from our own origin: parsed inertly (no script runs, no resource loads).
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const node of page.querySelectorAll("script, noscript, style, link, meta, .skip-link, .graphic-fallback")) node.remove();
  absolutize(page.body, options.src);

  const css = shadowCss([fontsCss, mainCss, alliancesCss, chartCss, timelineCss].join("\n"), import.meta.url);
  const doc = document as Document & Record<symbol, boolean>;
  if (!doc[FONTS_MARK]) {
    doc[FONTS_MARK] = true;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(css.fonts)];
  }
  shadow.adoptedStyleSheets = [sheet(css.shadow)];

  const wrapper = document.createElement("div");
  wrapper.className = WRAPPER;
  wrapper.dataset.embed = "shadow";
  wrapper.append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  shadow.append(wrapper);

  // A fragment link would change the host's URL and find nothing there: scroll within the piece instead.
  shadow.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const target = link && shadow.getElementById(decodeURIComponent(link.getAttribute("href")!.slice(1)));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
  });

  const controller = startStory({ scope: shadow, hash: false, pageRoot: wrapper, stepper: false, reanchor: "onscreen" });
  if (options.onStep) followSteps(controller, payload.states.map((s) => s.id), options.onStep);
}
