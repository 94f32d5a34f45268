// When the page's scripts never arrive (a 404, a blocker, a policy the host forgot), the graphic column
// must not stay an empty box: within a few seconds a notice over it offers each step's still picture,
// and asking for them shows every step's static image beside its passage. A reader whose scripts do
// arrive never sees the notice, fetches none of the stills, and nothing in the page moves for it.
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { states } from "./story.ts";

const FALLBACK = "main#story .graphic .graphic-fallback";

test("scripts that never arrive: a notice offers the still pictures, and each step then shows its own", async ({ page }) => {
  await page.route("**/assets/*.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  const notice = page.locator(FALLBACK);
  await expect(notice).toBeVisible({ timeout: 8_000 }); // 4 s after load, with room for a busy machine
  await expect(notice).toBeInViewport();
  await expect(page.locator("main#story")).not.toHaveClass(/\bis-live\b/);
  await notice.getByRole("checkbox").check();
  await expect(page.locator(".stage")).toBeHidden();
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
