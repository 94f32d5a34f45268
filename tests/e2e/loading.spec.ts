// The first view's critical path: the prerendered article and its fonts, alone. The piece's code and
// the map's data are requested only once the browser reports the first contentful paint, so on a slow
// connection they do not share its round trips (src/main.ts).
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";

test("the piece's code and data are requested only after the article's first frame is on screen", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const { fcp, early, later } = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
    // The entry module and vite's preload helper are the page's own script tags: they start at once.
    const code = performance.getEntriesByType("resource").filter((r) => /\.(js|json)$/.test(new URL(r.name).pathname) && !/\/(index|preload-helper)-[\w-]+\.js$/.test(r.name));
    return { fcp, early: code.filter((r) => r.startTime < (fcp ?? Infinity)).map((r) => r.name), later: code.length };
  });
  expect(fcp, "the browser reported a first contentful paint").toBeGreaterThan(0);
  expect(later, "the piece's code and the map's data were fetched").toBeGreaterThan(1);
  expect(early, "requested before the first contentful paint").toEqual([]);
});
