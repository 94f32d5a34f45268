// Web fonts: the first frame sets the Arabic line in the system's face; once the page has been drawn
// (in an idle period after it), the page switches it to Amiri, which is then fetched and used.
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";

test("the Arabic line switches to Amiri after the first frame, and Amiri loads", async ({ page }) => {
  const amiri: string[] = [];
  page.on("requestfinished", (r) => void (/amiri-[\w-]+\.woff2$/.test(r.url()) && amiri.push(r.url())));
  await page.goto("/");
  await waitForMap(page);
  await expect(page.locator("html")).toHaveAttribute("data-fonts", "all");
  const arabic = page.locator('[lang="ar"]').first();
  await expect(arabic).toBeVisible();
  expect(await arabic.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Amiri"?/);
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Amiri" && f.status === "loaded"))).toBe(true);
  expect(amiri, "Amiri fetched once").toHaveLength(1);
});
