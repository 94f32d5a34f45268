// When the page's scripts never arrive (a 404, a blocker, a policy the host forgot), the graphic column
// must not stay an empty box: within a few seconds a notice over it offers each step's still picture,
// and asking for them shows every step's static image beside its passage. A reader whose scripts do
// arrive never sees the notice, fetches none of the stills, and nothing in the page moves for it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { states } from "./story.ts";

const FALLBACK = "main#story .graphic .graphic-fallback";

/** WCAG 2.2 AA violations on the page as it is, one line each (as tests/e2e/a11y.spec.ts reports them). */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, " ")}`));
}

test("scripts that never arrive: a notice offers the still pictures, and each step then shows its own", async ({ page }) => {
  await page.route("**/assets/*.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  const notice = page.locator(FALLBACK);
  await expect(notice).toBeVisible({ timeout: 8_000 }); // 4 s after load, with room for a busy machine
  await expect(notice).toBeInViewport();
  await expect(page.locator("main#story")).not.toHaveClass(/\bis-live\b/);
  expect(await axeViolations(page), "the notice").toEqual([]);
  await notice.getByRole("checkbox", { name: "Show a still picture beside each passage" }).check();
  await expect(page.locator(".stage")).toBeHidden();
  expect(await axeViolations(page), "the stills").toEqual([]);
  const stills = page.locator("main#story section.step img.static-graphic");
  await expect(stills).toHaveCount(states.length);
  for (const i of [0, Math.floor(states.length / 2), states.length - 1]) {
    const still = stills.nth(i);
    await still.scrollIntoViewIfNeeded();
    await expect(still).toBeVisible();
    await expect(still).toHaveAttribute("src", `static/${states[i].id}.svg`);
    await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${states[i].id}'s still loads` }).toBe(true);
  }
});

test("scripts that arrive: the notice never shows, no still is fetched, and it takes no room", async ({ page }) => {
  const stills: string[] = [];
  page.on("request", (request) => /\/static\/[\w-]+\.svg$/.test(request.url()) && stills.push(request.url()));
  await page.goto("/");
  await waitForMap(page);
  const notice = page.locator(FALLBACK);
  await expect(notice).toBeHidden();
  await expect(notice).toHaveCSS("display", "none");
  await expect(notice).toHaveCSS("position", "absolute"); // out of the flow: showing or hiding it moves nothing
  // Past the notice's 4 s: still hidden.
  await page.waitForFunction(() => performance.now() > 5_000);
  await expect(notice).toBeHidden();
  expect(stills, "no still picture is fetched for a reader whose scripts run").toEqual([]);
});
