import { expect, test, type Page } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { states } from "./story.ts";

test.use({ viewport: { width: 320, height: 800 } });

const widths = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

async function expectNoHorizontalScroll(page: Page, when: string) {
  const { scrollWidth, clientWidth } = await widths(page);
  expect(scrollWidth, `${when}: the page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test("at 320 px wide the page never scrolls sideways, at any step", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await expectNoHorizontalScroll(page, "at load");
  for (const state of states) {
    await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    await expect(page.locator(`.scene-${state.scene}`)).toHaveAttribute("data-step", state.id);
    await expectNoHorizontalScroll(page, `at step ${state.id}`);
  }
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await expectNoHorizontalScroll(page, "at the sources");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("at 320 px wide the prerendered article never scrolls sideways", async ({ page }) => {
    await page.goto("/");
    await expectNoHorizontalScroll(page, "without JavaScript");
  });
});
