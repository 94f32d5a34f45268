// embed.js is lazy (EMBEDDING.md, "The snippet's options"): with the snippet ten screens down the host's
// article, the host page fetches nothing from the story's origin but embed.js until the reader scrolls
// within about one and a half screens of it. Host pages: tests/embed/serve.mjs (below-fold*.html).
import { expect, test, type Page } from "@playwright/test";
import { embedState, HOST, STORY } from "./embedHost.ts";

/** Every path the page asks the story's origin for, in order. */
function storyRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${STORY}/`)) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

/** Scrolls the host so that the snippet's top is `screens` viewport heights below the viewport's top. */
async function snippetAt(page: Page, screens: number): Promise<void> {
  await page.locator(".xstory").evaluate((el, screens) => {
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - innerHeight * screens, behavior: "instant" });
  }, screens);
}

test("a snippet ten screens down costs the host page only embed.js until the reader nears it", async ({ page }) => {
  const requested = storyRequests(page);
  await page.goto(`${HOST}/below-fold.html`);
  await page.waitForLoadState("networkidle");
  expect(requested).toEqual(["/embed.js"]);
  expect((await embedState(page)).state).toBe("waiting");
  await expect(page.locator(".xstory > a"), "the link stays until the piece mounts").toBeVisible();

  // Three screens away: still nothing.
  await snippetAt(page, 3);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(requested).toEqual(["/embed.js"]);

  // One screen below the viewport's bottom edge: the piece mounts before the reader reaches it.
  await snippetAt(page, 2);
  await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
  expect(requested).toContain("/embed.json");
  expect(requested.length).toBeGreaterThan(2);
  await expect(page.locator(".xstory > a")).toBeHidden();
});

test("a snippet already near the viewport mounts at once", async ({ page }) => {
  await page.goto(`${HOST}/column-680.html`);
  await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
});

test('data-loading="eager" mounts the piece at once, however far down the page', async ({ page }) => {
  const requested = storyRequests(page);
  await page.goto(`${HOST}/below-fold-eager.html`);
  await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
  expect(requested).toContain("/embed.json");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
