// Nothing goes wrong quietly and nothing grows while reading. A newsroom's error monitoring hears
// window `error` events (a ResizeObserver loop is one, and never reaches the console), so they are
// listened for directly, on our page, in present mode and embedded in a host page. A second pass
// through every step must fetch nothing, and the User Timing marks stay bounded.
import { expect, test, type Page } from "@playwright/test";
import { framePiece, HOST, shadowPiece, storyFrame } from "./embedHost.ts";
import { scrollStepToReadingLine, waitForMap, watchForErrors } from "./page.ts";
import { states } from "./story.ts";

declare global {
  interface Window {
    __errorEvents: string[];
  }
}

/** Every ErrorEvent and unhandled rejection the window hears (a resource's load error is not an ErrorEvent). */
async function listenForErrorEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__errorEvents = [];
    window.addEventListener("error", (e) => e instanceof ErrorEvent && window.__errorEvents.push(`${e.message} (${e.filename}:${e.lineno})`), true);
    window.addEventListener("unhandledrejection", (e) => window.__errorEvents.push(`unhandled rejection: ${String(e.reason)}`));
  });
}
const errorEvents = (page: Page) => page.evaluate(() => window.__errorEvents);

/** Resizes the window through phone and desktop sizes, a step's scroll and a frame apart each. */
async function resizeAround(page: Page) {
  for (const size of [{ width: 390, height: 844 }, { width: 844, height: 390 }, { width: 1280, height: 800 }, { width: 1000, height: 700 }, { width: 390, height: 700 }]) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  // For a second after the window's last resize the piece may put the reader's passage back under the
  // reading line (startStory.ts); a scroll made sooner than that can be undone, which is not what this tests.
  await page.waitForTimeout(1100);
}

test("no window error event and no console error while reading: load, every step, resizes", async ({ page }) => {
  await listenForErrorEvents(page);
  const problems = watchForErrors(page);
  await page.goto("/");
  await waitForMap(page);
  for (const state of states) {
    await scrollStepToReadingLine(page, state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    if (state.id === states[Math.floor(states.length / 2)].id) await resizeAround(page);
  }
  await resizeAround(page);
  expect(await errorEvents(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("no window error event while presenting: every step by key, and resizes", async ({ page }) => {
  await listenForErrorEvents(page);
  const problems = watchForErrors(page);
  await page.goto("/?mode=present");
  await expect(page.locator("section.present-deck")).toHaveAttribute("data-step", states[0].id); // the deck takes keys
  await waitForMap(page);
  for (const state of states.slice(1)) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
  }
  await resizeAround(page);
  expect(await errorEvents(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("no window error event embedded in a host page: every step, resizes", async ({ page }) => {
  await listenForErrorEvents(page);
  await page.goto(`${HOST}/news.html`);
  await page.locator("xstory-embed #story").waitFor({ state: "attached" }); // embed.js has mounted the piece
  const piece = shadowPiece(page);
  await expect.poll(() => piece.step()).toBe(states[0].id);
  for (const state of states) {
    await piece.scrollTo(state.id);
    await expect.poll(() => piece.step()).toBe(state.id);
  }
  await resizeAround(page);
  expect(await errorEvents(page)).toEqual([]);
});

test("no window error event in an iframe the loader bridges (page and frame): every step, resizes", async ({ page }) => {
  await listenForErrorEvents(page); // init scripts run in every frame, the story's iframe too
  await page.goto(`${HOST}/bridge.html`);
  const frame = await storyFrame(page);
  const piece = framePiece(page, frame);
  await expect.poll(() => piece.step()).toBe(states[0].id);
  for (const state of states) {
    await piece.scrollTo(state.id);
    await expect.poll(() => piece.step()).toBe(state.id);
  }
  await resizeAround(page);
  expect(await errorEvents(page), "the host page").toEqual([]);
  expect(await frame.evaluate(() => window.__errorEvents), "the story's frame").toEqual([]);
});

test("a second pass through every step, down and up, makes no network request", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  for (const state of states) {
    await scrollStepToReadingLine(page, state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
  }
  await expect(page.locator(`.scene-${states.find((s) => s.scene !== "map")!.scene} svg`)).toBeAttached(); // the later scenes are in
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  for (const state of [...states].reverse().concat(states)) {
    await scrollStepToReadingLine(page, state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
  }
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
});
