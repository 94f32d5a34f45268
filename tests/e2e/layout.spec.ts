// The piece fits the space it is given (issue 20): on phones, in landscape, in article columns of host
// pages on another origin, and in a bare iframe that nobody resizes. Each step's picture is seen while
// its passage is read: nothing covers its words and marks, its labels do not collide, and what the step
// names is labelled. The per-step coverage is printed, so a regression shows in the test output.
import { expect, test, type Page } from "@playwright/test";
import { HOST, STORY, storyFrame } from "./embedHost.ts";
import { READING_LINE, watchForErrors } from "./page.ts";
import { activeRange, coverage, graphicOnScreen, labelling, settledOn } from "./layoutProbe.ts";
import { states } from "./story.ts";

test.use({ reducedMotion: "reduce" }); // the end state of every step at once: what is measured is the picture, not a tween

/** The most of a step's picture that other elements may cover, at any of its five scroll positions. */
const MAX_COVERED = 0.05;
const POSITIONS = 5;

interface Place {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  /** Our page, or a host page with the documented snippet (the piece in a shadow root). */
  readonly url: string;
  readonly shadow: boolean;
}

const places: readonly Place[] = [
  { name: "phone 390x844", viewport: { width: 390, height: 844 }, url: "/", shadow: false },
  { name: "phone 360x640", viewport: { width: 360, height: 640 }, url: "/", shadow: false },
  { name: "landscape 844x390", viewport: { width: 844, height: 390 }, url: "/", shadow: false },
  { name: "desktop 1280x800", viewport: { width: 1280, height: 800 }, url: "/", shadow: false },
  { name: "680 px column, 1280x800", viewport: { width: 1280, height: 800 }, url: `${HOST}/column-680.html`, shadow: true },
];

async function open(page: Page, place: Place): Promise<void> {
  await page.setViewportSize(place.viewport);
  await page.goto(place.url);
  if (place.shadow) await page.waitForFunction(() => !!document.querySelector("xstory-embed")?.shadowRoot?.getElementById("story"));
}

for (const place of places) {
  test(`${place.name}: every step's picture is seen whole while its passage is read, labelled, without collisions`, async ({ page }, info) => {
    test.setTimeout(240_000);
    const problems = watchForErrors(page);
    await open(page, place);
    const rows: string[] = [];
    const failures: string[] = [];
    let worstShare = 0;
    let sum = 0;
    const all: number[] = [];
    for (const [i, state] of states.entries()) {
      let worst = 0;
      const collisions = new Set<string>();
      const unlabelled = new Set<string>();
      for (const y of await activeRange(page, place.shadow, i, POSITIONS, READING_LINE)) {
        await page.evaluate((y) => window.scrollTo({ top: y, behavior: "instant" }), y);
        await settledOn(page, place.shadow, state.id);
        const c = await coverage(page, place.shadow);
        const share = c.points ? c.covered / c.points : 0;
        all.push(share);
        if (share > worst) worst = share;
        if (share > MAX_COVERED) failures.push(`${state.id} at y=${y}: ${(share * 100).toFixed(1)}% covered by ${c.coverers.join(", ")}`);
        const l = await labelling(page, place.shadow);
        l.overlaps.forEach((o) => collisions.add(o));
        l.unlabelled.forEach((u) => unlabelled.add(u));
      }
      for (const o of collisions) failures.push(`${state.id}: labels overlap: ${o}`);
      for (const u of unlabelled) failures.push(`${state.id}: unlabelled ${u}`);
      worstShare = Math.max(worstShare, worst);
      sum += worst;
      rows.push(`${state.id.padEnd(28)} ${(worst * 100).toFixed(1).padStart(5)}%${collisions.size ? `  ${collisions.size} overlapping pair(s)` : ""}${unlabelled.size ? `  unlabelled: ${[...unlabelled].join(", ")}` : ""}`);
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    const summary = `coverage (${place.name}): worst step ${pct(worstShare)}, mean of steps' worst ${pct(sum / states.length)}, mean of all ${all.length} positions ${pct(mean)}`;
    console.log(`${summary}\n${rows.join("\n")}`);
    await info.attach(`coverage ${place.name}`, { body: `${summary}\n${rows.join("\n")}`, contentType: "text/plain" });
    expect(failures, summary).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test("from 280 to 2,560 px wide: no sideways scrolling, and the graphic whole on screen and at least 280 px wide", async ({ page }) => {
  test.setTimeout(120_000);
  const probe = states[Math.floor(states.length / 2)];
  for (const width of [280, 320, 480, 680, 831, 832, 1024, 1440, 2560]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("about:blank"); // a fresh load at each width, not a same-page fragment
    await page.goto(`/#step=${probe.id}`);
    await settledOn(page, false, probe.id);
    const layout = await page.locator("main#story").getAttribute("data-layout");
    expect(layout, `${width} px: the layout`).toBe(width < 832 ? "narrow" : "wide");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${width} px: sideways overflow`).toBe(0);
    const g = await graphicOnScreen(page, false, 0);
    expect(g.visible, `${width} px: share of the graphic on screen`).toBeGreaterThanOrEqual(0.999);
    expect(g.width, `${width} px: the graphic's width`).toBeGreaterThanOrEqual(280);
  }
});

test("at 320x256 (400% zoom of 1280x1024) the piece stacks: every passage with its still image, no step buttons over it", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto("/");
  await expect(page.locator("main#story")).toHaveAttribute("data-layout", "stacked");
  await expect(page.locator(".stage")).toBeHidden();
  await expect(page.locator(".stepper")).toBeHidden();
  const step = page.locator(`#step-${states[5].id}`);
  await step.scrollIntoViewIfNeeded();
  const still = step.locator("img.static-graphic");
  await expect(still).toBeVisible();
  await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: "the still image loads" }).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), "sideways overflow").toBe(0);
  // Tables reflow or scroll in their own box: no word is broken inside. A word laid out on two lines has
  // two boxes (words joined by a hyphen or a slash may break there, as text does).
  const broken = await page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll(".story .data-table :is(th, td)")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? "").matchAll(/[^\s\-–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          if (range.getClientRects().length > 1) found.push(m[0]);
        }
      }
    }
    return found;
  });
  expect(broken, "words broken inside table cells").toEqual([]);
});

interface Host {
  readonly page: string;
  readonly viewport: { width: number; height: number };
  /** The host's sticky header, which the graphic must sit below. */
  readonly inset: number;
}

const hosts: readonly Host[] = [
  { page: "column-680", viewport: { width: 1280, height: 800 }, inset: 0 },
  { page: "column-320", viewport: { width: 390, height: 844 }, inset: 0 },
  { page: "full-bleed", viewport: { width: 1280, height: 800 }, inset: 0 },
  { page: "sticky-header", viewport: { width: 1280, height: 800 }, inset: 64 },
];

for (const host of hosts) {
  test(`host page ${host.page} at ${host.viewport.width}x${host.viewport.height}: all steps in order, the graphic on screen and wide enough, nothing overflows`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(host.viewport);
    await page.goto(`${HOST}/${host.page}.html`);
    await page.waitForFunction(() => document.querySelector("xstory-embed")?.shadowRoot?.getElementById("story")?.dataset.map === "ready");
    for (const [i, state] of states.entries()) {
      const [y] = await activeRange(page, true, i, 1, READING_LINE);
      await page.evaluate((y) => window.scrollTo({ top: y, behavior: "instant" }), y);
      await settledOn(page, true, state.id);
      const g = await graphicOnScreen(page, true, host.inset);
      expect(g.visible, `${state.id}: share of the graphic on screen`).toBeGreaterThanOrEqual(0.9);
      expect(g.width, `${state.id}: the graphic's width`).toBeGreaterThanOrEqual(280);
    }
    const overflow = await page.evaluate(() => {
      const piece = document.querySelector("xstory-embed")!;
      return { page: document.documentElement.scrollWidth - innerWidth, piece: piece.scrollWidth - piece.parentElement!.clientWidth };
    });
    expect(overflow, "no horizontal overflow, of the page or of the piece out of its column").toEqual({ page: 0, piece: 0 });
  });
}

test("a bare ?embed=1 iframe of fixed height, on a host that listens for nothing, reaches every step by scrolling", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST}/fixed-frame.html`);
  const frame = await storyFrame(page);
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.frameView), { message: "the piece scrolls itself", timeout: 15_000 }).toBe("self");
  const box = (await page.locator("#fixed").boundingBox())!;
  await page.evaluate((top) => window.scrollTo({ top: top + scrollY - 40, behavior: "instant" }), box.y);
  const iframe = (await page.locator("#fixed").boundingBox())!;
  await page.mouse.move(iframe.x + iframe.width / 2, iframe.y + iframe.height / 2);
  const seen: string[] = [];
  for (let wheel = 0; wheel < 400 && seen.at(-1) !== states.at(-1)!.id; wheel++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(30); // the wheel's scroll lands in a later frame; a pace, not a measurement
    const step = await frame.evaluate(() => document.getElementById("story")!.dataset.step ?? "");
    if (step && step !== seen.at(-1)) seen.push(step);
  }
  expect(seen, "every step, in order").toEqual(states.map((s) => s.id));
  const stage = await frame.evaluate(() => {
    const r = document.querySelector(".stage")!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight };
  });
  expect(stage.top, "the graphic sticks inside the frame").toBeGreaterThanOrEqual(-1);
  expect(stage.bottom).toBeLessThanOrEqual(stage.height + 1);
  expect(await frame.evaluate(() => location.origin)).toBe(STORY);
});
