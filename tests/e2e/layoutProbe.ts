// Measuring what a reader sees of the graphic, in the page (our own, or the shadow root of an embed):
// how much of the step's picture other elements cover, whether its labels collide, and whether each
// place, route and note the step names is labelled. The functions passed to evaluate() run in the
// browser and take `shadow`: true when the piece is in <xstory-embed>'s shadow root.
import type { Page } from "@playwright/test";
import { activeRangeInPage, coverageInPage, settledInPage } from "../../bench/coverage.mjs";

export interface Coverage {
  /** Points sampled on the scene's visible labels and marks and on the graphic's title and source line. */
  readonly points: number;
  /** Of those, points where another element is on top. */
  readonly covered: number;
  /** What covered them (tag.class), for the failure message. */
  readonly coverers: readonly string[];
}

export interface Labelling {
  /** Pairs of visible labels whose boxes overlap, as "text / text". */
  readonly overlaps: readonly string[];
  /** Places, routes and notes the map names for the step whose label is not visible. */
  readonly unlabelled: readonly string[];
}

/** Coverage of the active scene's words and marks, sampled on a 3×3 grid in each element's box (bench/coverage.mjs). */
export function coverage(page: Page, shadow: boolean): Promise<Coverage> {
  return page.evaluate(coverageInPage, shadow) as Promise<Coverage>;
}

/** Label collisions in the active scene, and (on a map step) the named places, routes and notes left unlabelled. */
export function labelling(page: Page, shadow: boolean): Promise<Labelling> {
  return page.evaluate((shadow) => {
    const scope: Document | ShadowRoot = shadow ? document.querySelector("xstory-embed")!.shadowRoot! : document;
    const root = scope.getElementById("story")!;
    const active = root.querySelector(".scene.is-active");
    if (!active) return { overlaps: [], unlabelled: [] };
    const shown = (el: Element | null) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
    // The words on screen: the labels' layer of a map (not the hidden one drawn ahead), any other scene's text.
    // (The layer drawn ahead is painted once at 0.4% opacity to warm its glyphs: not seen, not counted.)
    const texts = [...active.querySelectorAll("text")].filter((t) => shown(t) && !t.classList.contains("length-halo") && !t.closest(".is-ahead"));
    const boxes = texts.map((t) => ({ text: (t.textContent ?? "").trim(), r: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    // A text's box is its font's full height, ascent to descent: the lines of one note touch by a few
    // pixels without their letters meeting. A collision is an overlap of over a quarter of the smaller
    // height, and of more than a pixel across.
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a].r, boxes[b].r];
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 0.25 * Math.min(p.height, q.height) && boxes[a].text && boxes[b].text) overlaps.push(`${boxes[a].text} / ${boxes[b].text}`);
      }
    }
    const unlabelled: string[] = [];
    const labels = active.querySelector(".map-labels:not(.is-ahead)");
    const map = active.querySelector("svg.map");
    if (labels && map) {
      const ids = (name: string) => (map.getAttribute(`data-${name}`) ?? "").split(" ").filter(Boolean);
      for (const id of ids("places")) if (!shown(labels.querySelector(`.pin[data-place="${id}"] text`))) unlabelled.push(`place ${id}`);
      for (const id of ids("notes")) if (!shown(labels.querySelector(`[data-note="${id}"]`))) unlabelled.push(`note ${id}`);
      for (const label of labels.querySelectorAll<SVGTextElement>(".flow-label")) if (!shown(label) && label.textContent) unlabelled.push(`route ${label.dataset.route}`);
    }
    return { overlaps, unlabelled };
  }, shadow);
}

/** The graphic's box in the viewport: its width, and the share of it on screen below `inset` px. */
export function graphicOnScreen(page: Page, shadow: boolean, inset: number): Promise<{ width: number; visible: number }> {
  return page.evaluate(
    ([shadow, inset]) => {
      const scope: Document | ShadowRoot = shadow ? document.querySelector("xstory-embed")!.shadowRoot! : document;
      const r = scope.querySelector(".scenes")!.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
      const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, inset));
      return { width: r.width, visible: r.width * r.height ? (w * h) / (r.width * r.height) : 0 };
    },
    [shadow, inset] as const,
  );
}

/**
 * Scroll positions (the window's scrollY) across the range where step i is the active one: from its top
 * crossing the reading line to the next step's, `count` of them, evenly inside it.
 */
export function activeRange(page: Page, shadow: boolean, index: number, count: number, line: number): Promise<number[]> {
  return page.evaluate(activeRangeInPage, [shadow, index, count, line] as [boolean, number, number, number]) as Promise<number[]>;
}

/** Waits until step `id` is active and its scene has drawn it, and two frames have passed (words come a frame later). */
export async function settledOn(page: Page, shadow: boolean, id: string): Promise<boolean> {
  await page.waitForFunction(settledInPage, [shadow, id] as [boolean, string], { timeout: 20_000 });
  return page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
}
