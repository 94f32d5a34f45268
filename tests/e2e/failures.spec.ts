// Failed loads: the region map's geometry (and the later scenes' chunk) failing in every way a network
// fails. The article must stay whole, the graphic area must say what happened, nothing may throw, and
// the page must recover where it can. Browsers without IntersectionObserver get the stacked layout.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page, type Route } from "@playwright/test";
import { strings } from "../../src/ui/strings.ts";
import { isMapStep, states, steps } from "./story.ts";
import { MAP, waitForMap } from "./page.ts";

const TOPOLOGY = "**/region.topo*.json";
const NOTICE = "main#story .graphic .graphic-notice";
const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

/** Console errors and uncaught exceptions, except the browser's own line about the failed file. */
function watchUncaught(page: Page, expectedUrl = /region\.topo|later-/): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const loadLine = /^Failed to load resource/.test(m.text()) && expectedUrl.test(m.location().url);
    if (!loadLine) problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  return problems;
}

/** Every passage of the story is on the page, word for word, and visible. */
async function expectArticleWhole(page: Page) {
  const passages = page.locator("section.step .passage");
  await expect(passages).toHaveCount(steps.length);
  const texts = await passages.evaluateAll((ps) => ps.map((p) => p.textContent ?? ""));
  expect(texts.map(normalize)).toEqual(steps.map((s) => normalize(s.text)));
  for (const i of [0, Math.floor(steps.length / 2), steps.length - 1]) await expect(passages.nth(i)).toBeVisible();
}

/** The notice is in the graphic area, on screen, says the map failed, and offers to try again. */
async function expectFailureNotice(page: Page) {
  const notice = page.locator(NOTICE);
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText(strings.mapLoadFailed);
  await expect(notice.getByRole("button", { name: strings.retry })).toBeVisible();
  await expect(page.locator("main#story")).toHaveAttribute("data-map", "failed");
  await expect(notice).toBeInViewport();
}

/** Moving through the story still works: the active step follows, other scenes still draw. */
async function expectStoryStillMoves(page: Page) {
  const other = states.find((s) => s.scene !== "map")!;
  await page.evaluate((id) => (location.hash = `#step=${id}`), other.id);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", other.id);
  await expect(page.locator(`.scene-${other.scene}`)).toHaveAttribute("data-step", other.id);
  await expect(page.locator(`.scene-${other.scene} svg`)).toBeVisible();
  await expect(page.locator(`.scene-${other.scene}`), "the scene shown (scenes fade by opacity)").toHaveClass(/\bis-active\b/);
  await expect(page.locator(NOTICE), "the map's notice is the map's: not over a working diagram").toBeHidden();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[0].id);
}

/** Fixes the route, presses the notice's button, and checks the map comes back for the current step. */
async function expectRetryRecovers(page: Page) {
  await page.unroute(TOPOLOGY);
  await page.locator(NOTICE).getByRole("button", { name: strings.retry }).click();
  await waitForMap(page);
  await expect(page.locator(NOTICE)).toBeHidden();
  const current = states.find((s) => s.id === states[0].id)!;
  if (isMapStep(current)) {
    await expect(page.locator(".scene-map")).toHaveAttribute("data-step", current.id);
    await expect(page.locator(MAP)).toBeVisible();
    expect(await page.locator(`${MAP} path[data-id]`).count()).toBeGreaterThan(10);
  }
}

const failures: { name: string; shows: string; handle: (route: Route) => Promise<void> }[] = [
  { name: "a 404", shows: "failure notice", handle: (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" }) },
  {
    name: "a truncated body",
    shows: "failure notice",
    handle: async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    },
  },
  { name: "invalid JSON (an HTML error page)", shows: "failure notice", handle: (route) => route.fulfill({ status: 200, contentType: "application/json", body: "<!doctype html><title>Oops</title>" }) },
  { name: "JSON that is not a topology", shows: "failure notice", handle: (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"FeatureCollection","features":[]}' }) },
  { name: "a network abort on every try", shows: "failure notice", handle: (route) => route.abort("failed") },
  { name: "a 503 on every try", shows: "failure notice", handle: (route) => route.fulfill({ status: 503, body: "busy" }) },
];

for (const failure of failures) {
  test(`map file fails with ${failure.name}: the article is whole, a notice shows, retry recovers`, async ({ page }) => {
    const problems = watchUncaught(page);
    let tries = 0;
    await page.route(TOPOLOGY, (route) => {
      tries++;
      return failure.handle(route);
    });
    await page.goto("/");
    await expectFailureNotice(page);
    await expectArticleWhole(page);
    await expectStoryStillMoves(page);
    await expect(page.locator(NOTICE)).toBeVisible(); // still there after moving
    expect(tries, "failures that may pass are retried; the others are not").toBe(/abort|503/.test(failure.name) ? 3 : 1);
    await expectRetryRecovers(page);
    expect(problems, "uncaught errors").toEqual([]);
  });
}

/** A server that answers 200 with JSON headers and the first bytes of a body, then sends nothing more, ever. */
async function stallingServer(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "100000" });
    response.write('{"type":"Topology","arcs":[');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/region.topo.json`, close: () => (server.closeAllConnections(), server.close()) };
}

test("a map file whose body stalls after its headers: each try ends at its deadline, is retried, then the notice offers Try again", async ({ page }) => {
  test.setTimeout(120_000); // three tries of 15 s and their back-off
  const problems = watchUncaught(page);
  const stall = await stallingServer();
  try {
    let tries = 0;
    await page.route(TOPOLOGY, (route) => {
      tries++;
      return route.continue({ url: stall.url });
    });
    await page.goto("/");
    const notice = page.locator(NOTICE);
    await expect(notice).toHaveText(strings.mapLoadSlow);
    await expect(notice).toContainText(strings.mapLoadFailed, { timeout: 80_000 });
    expect(tries, "a stalled try is a transient failure: tried three times").toBe(3);
    await expectFailureNotice(page);
    await expectRetryRecovers(page);
    expect(problems, "uncaught errors").toEqual([]);
  } finally {
    stall.close();
  }
});

test("a dropped connection and a 502 are retried without the reader seeing a notice", async ({ page }) => {
  const problems = watchUncaught(page);
  let tries = 0;
  await page.route(TOPOLOGY, (route) => {
    tries++;
    if (tries === 1) return route.abort("connectionreset");
    if (tries === 2) return route.fulfill({ status: 502, body: "bad gateway" });
    return route.continue();
  });
  const notices: string[] = [];
  await page.exposeFunction("__notice", (text: string) => notices.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const notice = document.querySelector<HTMLElement>(".graphic-notice");
      if (notice && !notice.hidden) (window as unknown as { __notice: (t: string) => void }).__notice(notice.textContent ?? "");
    }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ["hidden"] });
  });
  await page.goto("/");
  await waitForMap(page);
  expect(tries).toBe(3);
  // (On a busy machine the retries may take long enough for the "still loading" word; never a failure.)
  expect(notices.filter((n) => !n.startsWith(strings.mapLoadSlow)), "no failure notice for a failure that passed").toEqual([]);
  await expect(page.locator(NOTICE)).toBeHidden();
  expect(problems).toEqual([]);
});

test("a slow map file (8 s): the article reads meanwhile, a notice says it is loading, then the map draws", async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchUncaught(page);
  await page.route(TOPOLOGY, async (route) => {
    await new Promise((r) => setTimeout(r, 8_000));
    await route.continue();
  });
  const started = Date.now();
  await page.goto("/");
  await expect(page.locator("main#story")).toHaveAttribute("data-map", "loading");
  await expectArticleWhole(page);
  const notice = page.locator(NOTICE);
  await expect(notice).toBeVisible({ timeout: 7_000 });
  await expect(notice).toHaveText(strings.mapLoadSlow);
  await expect(notice).toBeInViewport();
  await waitForMap(page);
  expect(Date.now() - started).toBeGreaterThan(7_500);
  await expect(notice).toBeHidden();
  await expect(page.locator(".scene-map")).toHaveAttribute("data-step", states[0].id);
  expect(problems).toEqual([]);
});

// The diagram, chart and timeline need two files after the first view: their code and their data.
const LATER_FAILURES = [
  { what: "chunk", url: "**/assets/later-*.js", fail: (route: Route) => route.abort("failed") },
  { what: "data", url: "**/assets/scenes-*.json", fail: (route: Route) => route.fulfill({ status: 500, body: "" }) },
] as const;

for (const { what, url, fail } of LATER_FAILURES) {
  test(`the later scenes' ${what} fails: the map still works, a diagram step shows a notice, retry recovers`, async ({ page }) => {
    const problems = watchUncaught(page, /region\.topo|later-|scenes-/);
    let blocked = true;
    await page.route(url, (route) => (blocked ? fail(route) : route.continue()));
    await page.goto("/");
    await waitForMap(page);
    const other = states.find((s) => s.scene !== "map")!;
    await page.evaluate((id) => (location.hash = `#step=${id}`), other.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", other.id);
    const notice = page.locator(NOTICE);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(strings.graphicsLoadFailed);
    await expect(notice).toBeInViewport();
    await expectArticleWhole(page);
    // The diagram's notice is the diagram's: a map step does not show it, and it is back on the diagram's.
    await page.evaluate((id) => (location.hash = `#step=${id}`), states[0].id);
    await expect(page.locator(".scene-map")).toHaveClass(/\bis-active\b/);
    await expect(notice).toBeHidden();
    await page.evaluate((id) => (location.hash = `#step=${id}`), other.id);
    await expect(notice).toContainText(strings.graphicsLoadFailed);
    blocked = false;
    await notice.getByRole("button", { name: strings.retry }).click();
    await expect(page.locator(`.scene-${other.scene} svg`)).toBeVisible();
    await expect(page.locator(`.scene-${other.scene}`)).toHaveClass(/\bis-active\b/);
    await expect(page.locator(`.scene-${other.scene}`)).toHaveAttribute("data-step", other.id);
    await expect(notice).toBeHidden();
    expect(problems.filter((p) => !/dynamically imported module|later-|scenes-/.test(p)), "uncaught errors").toEqual([]);
  });
}

test("the later scenes' data stalls after its headers: each try ends at its deadline, then the diagram's notice offers Try again", async ({ page }) => {
  test.setTimeout(120_000); // three tries of 15 s and their back-off
  const problems = watchUncaught(page, /region\.topo|later-|scenes-/);
  const stall = await stallingServer();
  try {
    let tries = 0;
    let stalling = true;
    await page.route("**/assets/scenes-*.json", (route) => {
      tries++;
      return stalling ? route.continue({ url: stall.url }) : route.continue();
    });
    const other = states.find((s) => s.scene !== "map")!;
    await page.goto(`/#step=${other.id}`); // a link to a diagram step loads the later scenes at once
    const notice = page.locator(NOTICE);
    await expect(notice).toContainText(strings.graphicsLoadFailed, { timeout: 80_000 });
    expect(tries, "a stalled try is a transient failure: tried three times").toBe(3);
    stalling = false;
    await notice.getByRole("button", { name: strings.retry }).click();
    await expect(page.locator(`.scene-${other.scene}`)).toHaveAttribute("data-step", other.id);
    await expect(page.locator(`.scene-${other.scene} svg`)).toBeVisible();
    await expect(notice).toBeHidden();
    expect(problems, "uncaught errors").toEqual([]);
  } finally {
    stall.close();
  }
});

test("without IntersectionObserver the page falls back to the stacked layout with every graphic note", async ({ page }) => {
  const problems = watchUncaught(page);
  await page.addInitScript(() => {
    delete (window as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
  });
  await page.goto("/");
  await expect(page.locator("main#story.story.is-stacked")).toBeVisible();
  expect(await page.evaluate(() => "IntersectionObserver" in window)).toBe(false);
  await expectArticleWhole(page);
  await expect(page.locator(".stage")).toBeHidden();
  const notes = page.locator("section.step .graphic-note");
  await expect(notes).toHaveCount(steps.length);
  for (let i = 0; i < steps.length; i++) {
    await expect(notes.nth(i)).toBeVisible();
    await expect(notes.nth(i)).toContainText(steps[i].title);
    const box = await notes.nth(i).boundingBox();
    expect(box!.width * box!.height, `note ${i} has an area`).toBeGreaterThan(100);
  }
  // Reading order: each note comes after its passage and before the next passage.
  const order = await page.locator("section.step").evaluateAll((sections) =>
    sections.every((s) => {
      const p = s.querySelector(".passage")!.getBoundingClientRect();
      const n = s.querySelector(".graphic-note")!.getBoundingClientRect();
      return n.top >= p.bottom - 1;
    }),
  );
  expect(order).toBe(true);
  expect(problems).toEqual([]);
});
