// Small helpers shared by the specs: reading the page's DOM contracts and waiting for it to settle.
import { expect, type Page } from "@playwright/test";
import type { MapAttributes } from "./story.ts";
import { trackNavigationCancels } from "./navigationCancels.mjs";

/** The map: svg.map inside main#story (in its scene host, .scene-map, which carries the step id). */
export const MAP = "main#story svg.map";

/** The reading line, as a fraction of the viewport height (OFFSET in src/scroll/scroller.ts). */
export const READING_LINE = 0.6;
/**
 * How far past the reading line a test scrolls a step's top: enough that a late shift of a few px (a
 * caption measured again, a web font in) cannot leave the step just short of the line.
 */
export const PAST_LINE = 24;

/** Everything that can go wrong quietly: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const cancelledByNavigation = trackNavigationCancels(page); // see navigationCancels.mjs
  page.on("requestfailed", (request) => {
    if (!cancelledByNavigation(request)) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ""})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Waits until the map's geometry has loaded: main#story[data-map="ready"]. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator("main#story")).toHaveAttribute("data-map", "ready");
}

/** Scrolls, without animation, so that the step's top sits a few pixels above the reading line. */
export async function scrollStepToReadingLine(page: Page, id: string): Promise<void> {
  await page.evaluate(
    ([id, line, past]) => {
      const step = document.querySelector<HTMLElement>(`section.step[data-step-id="${id}"]`)!;
      const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * line + past;
      window.scrollTo({ top, behavior: "instant" });
    },
    [id, READING_LINE, PAST_LINE] as const,
  );
}

/** The map's step attributes as they are now. */
export function readMap(page: Page): Promise<MapAttributes & { camera: string }> {
  return page.locator(MAP).evaluate((svg) => {
    const a = (name: string) => svg.getAttribute(`data-${name}`) ?? "";
    return {
      step: svg.closest<HTMLElement>(".scene")?.dataset.step ?? "",
      highlight: a("highlight"),
      threat: a("threat"),
      borders: a("borders"),
      places: a("places"),
      labels: a("labels"),
      camera: a("camera"),
    };
  });
}

/** Everything about the map that moves: attributes, the camera's transform and the border dashes. */
function snapshot(page: Page) {
  return page.locator(MAP).evaluate((svg) => ({
    attributes: [svg.closest<HTMLElement>(".scene")?.dataset.step, ...["highlight", "threat", "borders", "places", "labels", "camera"].map((n) => svg.getAttribute(`data-${n}`))],
    transform: svg.querySelector("g.world")?.getAttribute("transform") ?? null,
    shift: (svg as SVGSVGElement).style.transform, // a flight moves the drawn world on the compositor
    dashes: [...svg.querySelectorAll<SVGPathElement>(".borders path")].map((p) => `${p.dataset.border}:${p.style.strokeDashoffset}`),
    highlighted: [...svg.querySelectorAll<SVGPathElement>("path.is-highlight")].map((p) => p.dataset.id).sort(),
  }));
}

/**
 * Waits until the map tweens are over (two reads 500 ms apart agree, longer than the 0.4 s delay
 * before a border draws), then returns the map's attributes.
 */
export async function settledMap(page: Page): Promise<MapAttributes & { camera: string }> {
  let previous = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await snapshot(page));
        const same = now === previous;
        previous = now;
        return same;
      },
      { message: "the map should stop moving", intervals: [500], timeout: 15_000 },
    )
    .toBe(true);
  return readMap(page);
}

/** The camera the map targets (data-camera "x y k") and the one its world group is drawn with. */
export function cameras(page: Page) {
  return page.locator(MAP).evaluate((svg) => {
    const [x, y, k] = (svg.getAttribute("data-camera") ?? "").split(" ").map(Number);
    const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(svg.querySelector("g.world")?.getAttribute("transform") ?? "");
    return { target: { x, y, k }, drawn: m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : null, shift: (svg as SVGSVGElement).style.transform };
  });
}

/** Asserts the drawn camera has landed on the target camera (to rounding). */
export async function expectCameraLanded(page: Page): Promise<void> {
  const { target, drawn, shift } = await cameras(page);
  expect(drawn, "g.world should carry a translate() scale() transform").not.toBeNull();
  expect(shift, "a landed camera leaves the world unshifted").toBe("");
  expect(Math.abs(drawn!.x - target.x), `camera x: drawn ${drawn!.x}, target ${target.x}`).toBeLessThan(0.5);
  expect(Math.abs(drawn!.y - target.y), `camera y: drawn ${drawn!.y}, target ${target.y}`).toBeLessThan(0.5);
  expect(Math.abs(drawn!.k - target.k), `camera k: drawn ${drawn!.k}, target ${target.k}`).toBeLessThan(0.002);
}

/** The ids of the steps that carry aria-current, and of those with the is-active class. */
export function currentSteps(page: Page) {
  return page.evaluate(() => ({
    current: [...document.querySelectorAll<HTMLElement>("section.step[aria-current]")].map((s) => `${s.dataset.stepId}=${s.getAttribute("aria-current")}`),
    active: [...document.querySelectorAll<HTMLElement>("section.step.is-active")].map((s) => s.dataset.stepId),
  }));
}

/**
 * What the map has actually drawn, read from its elements rather than its data attributes:
 * highlighted and hatched shapes, fully drawn borders (dash offset 0), pins, labels and length labels.
 */
export function drawnMap(page: Page) {
  return page.locator(MAP).evaluate((svg) => {
    // Pins and labels are drawn in an SVG of their own over the world's, in the same scene; a second one,
    // hidden, holds the words of a step drawn ahead.
    const words = svg.closest(".scene")?.querySelector(".map-labels:not(.is-ahead)") ?? svg;
    const ids = (root: Element, selector: string, attribute: string) =>
      [...root.querySelectorAll(selector)].map((el) => el.getAttribute(attribute) ?? "").sort();
    const borders = [...svg.querySelectorAll<SVGPathElement>(".borders path")];
    return {
      highlight: ids(svg, "path.is-highlight", "data-id"),
      threat: ids(svg, "path.is-threat", "data-id"),
      borders: borders.filter((p) => parseFloat(p.style.strokeDashoffset) === 0).map((p) => p.dataset.border!).sort(),
      halfDrawn: borders.filter((p) => parseFloat(p.style.strokeDashoffset) !== 1 && parseFloat(p.style.strokeDashoffset) !== 0).map((p) => `${p.dataset.border} at ${p.style.strokeDashoffset}`),
      places: ids(words, "g.pin", "data-place"),
      labels: ids(words, "text.label", "data-id"),
      lengths: ids(words, "g.length", "data-border"),
    };
  });
}

/**
 * The step the reader is looking at, measured from layout: the last step whose top has crossed the
 * reading line, or the first (the rule of src/scroll/stepAt.ts, computed independently here).
 */
export function stepUnderReadingLine(page: Page): Promise<string> {
  return page.evaluate((line) => {
    const steps = [...document.querySelectorAll<HTMLElement>("section.step")];
    let id = steps[0].dataset.stepId!;
    for (const step of steps) if (step.getBoundingClientRect().top <= window.innerHeight * line + 1) id = step.dataset.stepId!;
    return id;
  }, READING_LINE);
}
