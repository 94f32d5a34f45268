// One step embedded as a small static card (EMBEDDING.md, "A single step"): the snippet with data-step
// in a live blog on another origin (tests/embed/hosts/step-card.html).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { watchForErrors } from "./page.ts";
import { HOST, STORY, storyFrame } from "./embedHost.ts";
import { states } from "./story.ts";

const id = "tripoli-meeting";
const step = states.find((s) => s.id === id)!;

test("data-step mounts that step's card, as tall as the card says, linking to the step in the piece", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`${HOST}/step-card.html`);
  const container = page.locator("#card");
  await expect(container).toHaveAttribute("data-xstory-state", "card");
  const iframe = container.locator("iframe");
  await expect(iframe).toHaveAttribute("src", `${STORY}/s/${id}/embed.html`);
  await expect(container.locator(":scope > a")).toBeHidden();
  const card = page.frameLocator("#card iframe");
  await expect(card.locator("h1")).toHaveText(step.title);
  await expect(card.locator("img")).toHaveJSProperty("complete", true);
  expect(await card.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(card.getByRole("link", { name: "Read it in the interactive story" })).toHaveAttribute("href", `../../#step=${id}`);
  // The frame takes the card's own height: no inner scroll bar, no gap.
  await expect(container).toHaveAttribute("data-xstory-height", /^\d+$/);
  const inner = await card.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);
  // A step id that is not one leaves the link in place.
  await expect(page.locator("#bad")).toHaveAttribute("data-xstory-state", "invalid");
  await expect(page.locator("#bad > a")).toBeVisible();
  expect(problems).toEqual([]);
});

test("a step's card has no WCAG 2.2 AA violations", async ({ page }) => {
  await page.goto(`/s/${id}/embed.html`);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test("inside the loader's iframe, Share this passage may write to the clipboard (the frame allows it)", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await page.goto(`${HOST}/bridge.html`);
  await expect(page.locator(".xstory")).toHaveAttribute("data-xstory-state", "iframe");
  await expect(page.locator(".xstory iframe")).toHaveAttribute("allow", /clipboard-write/);
  const frame = await storyFrame(page);
  const passage = frame.locator(`section.step[data-step-id="${id}"]`);
  await passage.getByRole("button", { name: "Share this passage" }).click();
  await expect(passage.getByRole("status")).toHaveText("Link to this passage copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/s/${id}/$`));
});
