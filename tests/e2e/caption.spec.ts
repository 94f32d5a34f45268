// The graphic's title and source line hold the height of the longest step's (measured in idle time after
// load), so that changing step never resizes the graphic: a resize re-projects the map mid-flight.
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { states } from "./story.ts";

test("the graphic keeps one size on every step: its captions hold the height of the longest", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const reserved = () => page.locator("main#story").evaluate((root) => [".graphic-title", ".graphic-source"].map((s) => root.querySelector<HTMLElement>(s)!.style.minHeight));
  await expect.poll(reserved, { message: "both caption lines get a reserved height" }).toEqual([expect.stringMatching(/^\d+px$/), expect.stringMatching(/^\d+px$/)]);
  const size = () => page.locator("main#story .scenes").evaluate((el) => `${el.clientWidth}x${el.clientHeight}`);
  const first = await size();
  for (const state of states) {
    await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    expect(await size(), `the graphic's size on ${state.id}`).toBe(first);
  }
});
