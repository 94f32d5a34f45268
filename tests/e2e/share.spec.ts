// Sharing a passage (README, "Every reader"; issue 26): each step's share page opens the piece on that
// step, and each passage's "Share this passage" button shares or copies that page's address, said so
// in a polite status line; the same from present mode's step list; the handout prints the link.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { waitForMap, watchForErrors } from "./page.ts";
import { loaded, states } from "./story.ts";

/** The site the build was made for (STORY_SITE_URL), from the built page's own og:url. */
const site = /<meta property="og:url" content="([^"]+)"/.exec(readFileSync("dist/index.html", "utf8"))![1];
const shareUrl = (id: string) => `${site}s/${id}/`;
const kinds = [...new Set(states.map((s) => s.scene))];
/** One step of each kind of picture, and the last step. */
const sample = [...kinds.map((k) => states.find((s) => s.scene === k)!), states[states.length - 1]];

for (const state of sample) {
  test(`the share page of ${state.id} (${state.scene}) opens the piece on that step`, async ({ page }) => {
    const problems = watchForErrors(page);
    await page.goto(`/s/${state.id}/`);
    await page.waitForURL(new RegExp(`/#step=${state.id}$`));
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    await expect(page.locator(`#step-${state.id}`)).toHaveAttribute("aria-current", "step");
    expect(problems).toEqual([]);
  });
}

test("without scripts, a share page still sends the reader to the step", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const id = sample[1].id;
  await page.goto(`/s/${id}/`);
  await page.waitForURL(new RegExp(`/#step=${id}$`));
  await expect(page.locator(`#step-${id}`)).toBeAttached();
  await context.close();
});

/** A phone-sized page whose clipboard the test can read; Web Share removed where Chromium has it. */
async function phone(page: Page, { share }: { share: boolean }): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript((withShare) => {
    const w = window as unknown as { __shared: ShareData[] };
    w.__shared = [];
    // The copy path runs where the device has no share sheet (desktop Linux Chromium has none); the share
    // path is checked with a recording stand-in for the sheet, which only the device can open.
    if (withShare) Object.defineProperty(Navigator.prototype, "share", { configurable: true, value: async (data: ShareData) => void w.__shared.push(data) });
    else delete (Navigator.prototype as { share?: unknown }).share;
  }, share);
}

const passage = (page: Page, id: string) => page.locator(`section.step[data-step-id="${id}"]`);

test("on a phone, Share this passage copies the step's share link and says so politely", async ({ page }) => {
  const problems = watchForErrors(page);
  await phone(page, { share: false });
  const id = "tripoli-meeting";
  await page.goto(`/#step=${id}`);
  await waitForMap(page);
  const button = passage(page, id).getByRole("button", { name: "Share this passage" });
  await expect(button).toBeVisible();
  const box = (await button.boundingBox())!;
  expect(box.height, "a 44 px target").toBeGreaterThanOrEqual(44);
  await button.click();
  const status = passage(page, id).getByRole("status");
  await expect(status).toHaveText("Link to this passage copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl(id));
  // A second press is said again (the line is emptied, then written).
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await button.click();
  await expect(status).toHaveText("Link to this passage copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl(id));
  expect(problems).toEqual([]);
});

test("where the device has a share sheet, the button opens it with the step's share link", async ({ page }) => {
  await phone(page, { share: true });
  const id = states[states.length - 1].id;
  await page.goto(`/#step=${id}`);
  await waitForMap(page);
  await passage(page, id).getByRole("button", { name: "Share this passage" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title: loaded.story.title, url: shareUrl(id) }]);
  await expect(passage(page, id).getByRole("status")).toHaveText("");
});

test("the button is reached with Tab from its passage and pressed with Enter; the status is polite", async ({ page }) => {
  await phone(page, { share: false });
  const id = states[2].id;
  await page.goto(`/#step=${id}`);
  await waitForMap(page);
  await passage(page, id).focus();
  const button = passage(page, id).getByRole("button", { name: "Share this passage" });
  for (let i = 0; i < 12 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  const status = passage(page, id).getByRole("status");
  await expect(status).toHaveText("Link to this passage copied.");
  // role="status" is a polite live region: announced after what the reader is hearing, never over it.
  expect(await status.evaluate((el) => el.getAttribute("aria-live") ?? "polite (implicit)")).toBe("polite (implicit)");
});

test("present mode's step list shares each step's link", async ({ page }) => {
  await phone(page, { share: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  const i = 3;
  await page.goto(`/?mode=present#step=${states[0].id}`);
  await expect(page.locator("section.present-deck")).toBeVisible();
  await page.keyboard.press("o");
  const list = page.getByRole("dialog", { name: "All steps" });
  const share = list.getByRole("button", { name: `Share step ${i + 1}: ${states[i].title}` });
  await share.click();
  await expect(share.locator("xpath=..").getByRole("status")).toHaveText("Link to this passage copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl(states[i].id));
  // The list stays open and on its step; no slide shows a share button.
  await expect(list).toBeVisible();
  await expect(page.locator(".present-slide .step-share")).toHaveCount(0);
});

test("the handout prints each step's share link", async ({ page }) => {
  await page.goto("/?print");
  for (const state of [states[0], states[states.length - 1]]) {
    const printed = passage(page, state.id).locator(".share-printed");
    await expect(printed).toBeVisible();
    await expect(printed).toHaveText(`Link to this passage: ${shareUrl(state.id)}`);
    await expect(passage(page, state.id).getByRole("button", { name: "Share this passage" })).toBeHidden();
  }
});
