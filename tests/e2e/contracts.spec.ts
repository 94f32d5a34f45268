// The README's Contracts section, read as the test's own list: every name in backticks there has a check
// here, run against the built page, so the contract and the code cannot drift apart (the README once
// promised svg.map[data-step], which the page never set). A name with no check fails the first test; a
// check that no longer holds fails the second.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { MAP, readMap, scrollStepToReadingLine, settledMap, waitForMap } from "./page.ts";
import { mapOf, mapSteps, states, type MapAttributes } from "./story.ts";
import type { StepState } from "../../src/model/state.ts";

/** The Contracts section of the README, and every `name` in it, in order. */
function contractNames(): string[] {
  const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
  const section = /^## Contracts\b[^\n]*\n([\s\S]*?)^## /m.exec(readme)?.[1];
  if (!section) throw new Error("README.md has no ## Contracts section");
  return [...new Set([...section.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]))];
}

/** The first map step whose map shows something of this kind. */
const stepWith = (what: (m: ReturnType<typeof mapOf>) => readonly string[]) => mapSteps.find((s) => what(mapOf(s)).length > 0)!;
const threatStep = stepWith((m) => m.threat);
const borderStep = stepWith((m) => m.borders);
const placeStep = stepWith((m) => m.places);
const labelStep = stepWith((m) => m.labels);

interface Context {
  page: Page;
  /** Opens a step by a #step= link (a hashchange on the open page) and waits for its map to settle. */
  at(state: StepState): Promise<MapAttributes & { camera: string }>;
  /** Elements of the map scene matching a selector: what one of their attributes says, sorted. */
  ids(selector: string, attribute: string): Promise<string[]>;
  newPage(): Promise<Page>;
}

/** The map's words on screen. */
const LABELS = "main#story div.scene-map > svg.map-labels:not(.is-ahead)";
const sorted = (xs: readonly string[]) => [...xs].sort();
const words = (s: string) => sorted(s.split(" ").filter(Boolean));
const countryIds = (names: readonly string[]) => sorted(names); // states carry ids already

/** Every name the README's Contracts section uses, and how it is checked. */
const CHECKS: Record<string, (c: Context) => Promise<void>> = {
  "#step=<id>": async ({ newPage }) => {
    const page = await newPage();
    const target = states[Math.floor(states.length / 2)];
    await page.goto(`/#step=${target.id}`);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", target.id);
    await scrollStepToReadingLine(page, states[2].id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#step=${states[2].id}`);
  },
  "history.replaceState": async ({ newPage }) => {
    const page = await newPage();
    await page.goto("/");
    const before = await page.evaluate(() => history.length);
    for (const s of states.slice(1, 5)) {
      await scrollStepToReadingLine(page, s.id);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#step=${s.id}`);
    }
    expect(await page.evaluate(() => history.length), "no history entries").toBe(before);
  },
  id: async ({ ids }) => expect(await ids("section.step", "data-step-id"), "the story's ids").toEqual(sorted(states.map((s) => s.id))),
  "story/story.aml": async (c) => CHECKS.id(c),
  'main#story[data-step="<id>"]': async ({ page }) => {
    const id = await page.locator("main#story").getAttribute("data-step");
    await expect(page.locator(`main#story[data-step="${id}"]`)).toHaveCount(1);
    expect(states.map((s) => s.id)).toContain(id);
  },
  "section.step": async ({ page }) => await expect(page.locator("section.step")).toHaveCount(states.length),
  'aria-current="step"': async ({ page }) => {
    const id = await page.locator("main#story").getAttribute("data-step");
    await expect(page.locator('section.step[aria-current="step"]')).toHaveCount(1);
    await expect(page.locator('section.step[aria-current="step"]')).toHaveAttribute("id", `step-${id}`);
  },
  "is-active": async ({ page }) => {
    const id = await page.locator("main#story").getAttribute("data-step");
    await expect(page.locator("section.step.is-active")).toHaveCount(1);
    await expect(page.locator("section.step.is-active")).toHaveAttribute("id", `step-${id}`);
  },
  "section.step#step-<id>[data-step-id][data-index][data-kind]": async ({ page }) => {
    for (const [i, s] of states.entries()) {
      const step = page.locator(`section.step#step-${s.id}[data-step-id="${s.id}"][data-index="${i}"][data-kind]`);
      await expect(step, s.id).toHaveCount(1);
    }
  },
  "div.scene-map[data-step]": async ({ page, at }) => {
    for (const s of [threatStep, borderStep]) {
      await at(s);
      await expect(page.locator("main#story div.scene-map")).toHaveAttribute("data-step", s.id);
    }
  },
  "svg.map": async ({ page }) => await expect(page.locator("main#story div.scene-map > svg.map")).toHaveCount(1),
  "data-highlight": async ({ at }) => expect(words((await at(borderStep)).highlight)).toEqual(countryIds(mapOf(borderStep).highlight)),
  "data-threat": async ({ at }) => expect(words((await at(threatStep)).threat)).toEqual(countryIds(mapOf(threatStep).threat)),
  "data-borders": async ({ at }) => expect(words((await at(borderStep)).borders)).toEqual(sorted(mapOf(borderStep).borders)),
  "data-places": async ({ at }) => expect(words((await at(placeStep)).places)).toEqual(sorted(mapOf(placeStep).places)),
  "data-labels": async ({ at }) => expect(words((await at(labelStep)).labels)).toEqual(countryIds(mapOf(labelStep).labels)),
  "data-camera": async ({ at }) => expect((await at(borderStep)).camera).toMatch(/^-?\d+(\.\d+)? -?\d+(\.\d+)? \d+(\.\d+)?$/),
  "x y k": async (c) => CHECKS["data-camera"](c),
  "path[data-id]": async ({ page }) => expect(await page.locator(`${MAP} path[data-id]`).count()).toBeGreaterThan(10),
  '"788"': async ({ page }) => await expect(page.locator(`${MAP} path[data-id="788"]`)).toHaveCount(1),
  '"434"': async ({ page }) => await expect(page.locator(`${MAP} path[data-id="434"]`)).toHaveCount(1),
  '"012"': async ({ page }) => await expect(page.locator(`${MAP} path[data-id="012"]`)).toHaveCount(1),
  "is-highlight": async ({ at, ids }) => {
    await at(borderStep);
    expect(await ids(`${MAP} path[data-id].is-highlight`, "data-id")).toEqual(countryIds(mapOf(borderStep).highlight));
  },
  "is-threat": async ({ at, ids }) => {
    await at(threatStep);
    const highlight = new Set(mapOf(threatStep).highlight);
    expect(await ids(`${MAP} path[data-id].is-threat`, "data-id")).toEqual(countryIds(mapOf(threatStep).threat.filter((id) => !highlight.has(id))));
  },
  "path[data-border].is-drawn": async ({ at, ids }) => {
    await at(borderStep);
    expect(await ids(`${MAP} path[data-border].is-drawn`, "data-border")).toEqual(sorted(mapOf(borderStep).borders));
  },
  "g.pin[data-place]": async ({ at, ids }) => {
    await at(placeStep);
    expect(await ids(`${LABELS} g.pin[data-place]`, "data-place")).toEqual(sorted(mapOf(placeStep).places));
  },
  "text.label[data-id]": async ({ at, ids }) => {
    await at(labelStep);
    const shown = await ids(`${LABELS} text.label[data-id]`, "data-id");
    for (const id of mapOf(labelStep).labels) expect(shown).toContain(id);
  },
  "svg.map-labels:not(.is-ahead)": async ({ page }) => await expect(page.locator(LABELS)).toHaveCount(1),
  "svg.map-labels.is-ahead": async ({ page }) => {
    await expect(page.locator("main#story div.scene-map > svg.map-labels.is-ahead")).toHaveCount(1);
    await expect(page.locator("main#story div.scene-map > svg.map-labels.is-ahead")).toHaveCSS("visibility", "hidden");
  },
  "main#story[data-map]": async ({ page }) => await expect(page.locator("main#story")).toHaveAttribute("data-map", /^(loading|ready|failed)$/),
  ready: async ({ page }) => await expect(page.locator("main#story")).toHaveAttribute("data-map", "ready"),
  loading: async ({ newPage }) => {
    const page = await newPage();
    await page.route("**/region.topo*.json", () => {}); // never answered
    await page.goto("/");
    await expect(page.locator("main#story")).toHaveAttribute("data-map", "loading");
  },
  failed: async ({ newPage }) => {
    const page = await newPage();
    await page.route("**/region.topo*.json", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("/");
    await expect(page.locator("main#story")).toHaveAttribute("data-map", "failed");
  },
  "main#story[data-layout]": async ({ page }) => await expect(page.locator("main#story")).toHaveAttribute("data-layout", /^(narrow|wide|stacked)$/),
  narrow: async ({ newPage }) => await expect(await layoutAt(await newPage(), 680, 800)).toHaveAttribute("data-layout", "narrow"),
  wide: async ({ newPage }) => await expect(await layoutAt(await newPage(), 1280, 800)).toHaveAttribute("data-layout", "wide"),
  stacked: async ({ newPage }) => await expect(await layoutAt(await newPage(), 320, 256)).toHaveAttribute("data-layout", "stacked"),
  "is-stacked": async ({ newPage }) => {
    const page = await newPage();
    const story = await layoutAt(page, 320, 256);
    await expect(story).toHaveClass(/\bis-stacked\b/);
    await page.setViewportSize({ width: 390, height: 844 }); // a taller screen: the band again
    await expect(story).toHaveAttribute("data-layout", "narrow");
    await expect(story).not.toHaveClass(/\bis-stacked\b/);
  },
};

/** The story on a page opened at width x height (the piece's box is the page's body). */
async function layoutAt(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto("/");
  return page.locator("main#story");
}

test("every name in the README's Contracts section has a check here", () => {
  const names = contractNames();
  expect(names.length).toBeGreaterThan(20);
  expect(names.filter((n) => !(n in CHECKS)), "README contracts this test does not check").toEqual([]);
  expect(Object.keys(CHECKS).filter((n) => !names.includes(n)), "checks of names the README no longer has").toEqual([]);
});

test("every contract in the README's Contracts section holds on the built page", async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await waitForMap(page);
  const c: Context = {
    page,
    async at(state) {
      if ((await page.locator("main#story").getAttribute("data-step")) === state.id) return readMap(page); // settled before
      await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
      await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
      return settledMap(page);
    },
    ids: (selector, attribute) => page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? "").sort(), attribute),
    newPage: () => context.newPage(),
  };
  for (const name of contractNames()) {
    const check = CHECKS[name];
    if (!check) continue; // the first test names it
    await test.step(name, () => check(c));
  }
});
