// pym.js's JavaScript API (EMBEDDING.md, "pym.js"): a parent made with new pym.Parent(id, url,
// { xdomain }) is sized by the piece and ignores a height forged by a third origin on the page; the
// same parent made without xdomain obeys the forgery (which shows that the forgery is well-formed).
import { expect, test, type Page } from "@playwright/test";
import { expectScrollytelling, framePiece, heights, HOST, storyFrame, THIRD } from "./embedHost.ts";

const IFRAME = "#story-embed iframe";
const FORGED = 50;

async function sizedByThePiece(page: Page, query: string): Promise<void> {
  await page.goto(`${HOST}/pym-api.html${query}`);
  const frame = await storyFrame(page);
  await expect(page.locator(IFRAME)).toHaveAttribute("title", "The interactive story");
  await expect.poll(async () => { const h = await heights(page, frame, IFRAME); return h.iframe - h.content; }).toBe(0);
}

/** The third origin posts pym's height message for the parent's id, as the piece would. */
async function forgeHeight(page: Page): Promise<void> {
  const third = page.frames().find((f) => f.url().startsWith(`${THIRD}/`))!;
  await third.evaluate((h) => window.parent.postMessage(`pymxPYMxstory-embedxPYMxheightxPYMx${h}`, "*"), FORGED);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // pym's listener runs in the message's own task
}

test("a pym parent made with xdomain is sized by the piece and ignores a height forged by a third origin", async ({ page }) => {
  await sizedByThePiece(page, "");
  const before = await page.locator(IFRAME).evaluate((el) => el.getBoundingClientRect().height);
  expect(before).toBeGreaterThan(10_000);
  await forgeHeight(page);
  expect(await page.locator(IFRAME).evaluate((el) => el.getBoundingClientRect().height)).toBe(before);

  await page.locator(IFRAME).scrollIntoViewIfNeeded();
  await expectScrollytelling(framePiece(page, await storyFrame(page), IFRAME), 0);
});

test("the same parent without xdomain takes the forged height (the forgery is well-formed)", async ({ page }) => {
  await sizedByThePiece(page, "?open");
  await forgeHeight(page);
  await expect.poll(() => page.locator(IFRAME).evaluate((el) => el.getBoundingClientRect().height)).toBe(FORGED);
});
