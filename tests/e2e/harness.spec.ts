// The harness itself: watchForErrors reports every failed request except what a navigation cancels.
// (CI once failed on a favicon that a reload cancelled mid-flight; these pin the rule both ways. The
// icon is in the page now; gsap's chunk, fetched once after the first view and never retried, stands in.)
import { expect, test } from "@playwright/test";
import { watchForErrors } from "./page.ts";

const GSAP = "**/assets/gsap-core-*.js";

test("a request that a reload cancels is not counted as a failure", async ({ page }) => {
  const problems = watchForErrors(page);
  let held = () => {};
  const requested = new Promise<void>((resolve) => {
    // The chunk is held in flight until the reload has cancelled it.
    page.route(GSAP, (route) => {
      resolve();
      held = () => void route.continue().catch(() => {});
    });
  });
  await page.goto("/");
  await requested;
  await page.reload();
  held();
  await page.waitForLoadState("load");
  expect(problems).toEqual([]);
});

test("a request aborted without a navigation is counted as a failure", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.route(GSAP, (route) => route.abort("aborted"));
  await page.goto("/");
  await expect.poll(() => problems).toEqual([expect.stringMatching(/^request failed: .*gsap-core-[\w-]+\.js \(net::ERR_ABORTED\)$/)]);
});
