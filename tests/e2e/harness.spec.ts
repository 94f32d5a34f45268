// The harness itself: watchForErrors reports every failed request except what a navigation cancels.
// (CI once failed on a favicon that a reload cancelled mid-flight; these pin the rule both ways.)
import { expect, test } from "@playwright/test";
import { watchForErrors } from "./page.ts";

test("a request that a reload cancels is not counted as a failure", async ({ page }) => {
  const problems = watchForErrors(page);
  let held = () => {};
  const requested = new Promise<void>((resolve) => {
    // The favicon is held in flight until the reload has cancelled it.
    page.route("**/favicon.png", (route) => {
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
  await page.route("**/favicon.png", (route) => route.abort("aborted"));
  await page.goto("/");
  await expect.poll(() => problems).toEqual([expect.stringMatching(/^request failed: .*favicon\.png \(net::ERR_ABORTED\)$/)]);
});
