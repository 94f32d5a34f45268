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
  // Reserved, each line's text is laid out apart from the page (main.css): it must then fit its box.
  await expect(page.locator("main#story .graphic")).toHaveAttribute("data-captions-reserved", "");
  const size = () => page.locator("main#story .scenes").evaluate((el) => `${el.clientWidth}x${el.clientHeight}`);
  // A line's text fits its box, or (the source line in the narrow band, capped at four lines) scrolls
  // inside it and can be focused to scroll from the keyboard.
  const overflow = () =>
    page.locator("main#story .graphic").evaluate((figure) =>
      [...figure.querySelectorAll<HTMLElement>(".caption-line")].map((line) =>
        line.scrollHeight - line.clientHeight <= 0 ? 0 : getComputedStyle(line).overflowY === "auto" && line.tabIndex === 0 ? 0 : line.scrollHeight - line.clientHeight,
      ),
    );
  const first = await size();
  for (const state of states) {
    await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    expect(await size(), `the graphic's size on ${state.id}`).toBe(first);
    expect(await overflow(), `the caption lines' text fits their boxes, or scrolls in a focusable one, on ${state.id}`).toEqual([0, 0]);
  }
});

test("the graphic's title carries an asterisk exactly on the steps whose claim only the article makes", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const asterisk = () => page.locator("main#story .graphic-title > .caption-line").evaluate((line) => getComputedStyle(line, "::after").content);
  for (const state of states) {
    await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    expect(await asterisk(), `the title's mark on ${state.id}`).toBe(state.claim === "article" ? '" *"' : "none");
  }
});
