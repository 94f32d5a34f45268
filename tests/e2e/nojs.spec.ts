import { expect, test } from "@playwright/test";
import { loaded, steps } from "./story.ts";

test.use({ javaScriptEnabled: false });

test("without JavaScript, every passage of the article is visible, in order", async ({ page }) => {
  await page.goto("/");
  const passages = page.locator("main#story section.step .passage");
  await expect(passages).toHaveCount(steps.length);
  expect(await passages.allTextContents()).toEqual(steps.map((s) => s.text));

  const tops: number[] = [];
  for (const [i, step] of steps.entries()) {
    const passage = passages.nth(i);
    await passage.scrollIntoViewIfNeeded();
    await expect(passage, `passage ${i + 1} (${step.id}) should be visible`).toBeVisible();
    const box = await passage.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    tops.push(box);
  }
  expect(tops, "passages should appear top to bottom in story order").toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size, "no two passages at the same height").toBe(tops.length);

  const ids = await page.locator("main#story section.step").evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.stepId));
  expect(ids).toEqual(steps.map((s) => s.id));
});

test("without JavaScript, the article's section headings are h2 headings above their passages", async ({ page }) => {
  await page.goto("/");
  const withHeadings = steps.filter((s) => s.heading);
  expect(withHeadings.length, "the story should have section headings").toBeGreaterThan(0);
  const headings = page.locator("main#story section.step .section-heading");
  await expect(headings).toHaveCount(withHeadings.length);
  for (const step of withHeadings) {
    const heading = page.locator(`section.step[data-step-id="${step.id}"] .section-heading`);
    expect(await heading.evaluate((el) => el.tagName), `the heading of ${step.id}`).toBe("H2");
    await expect(heading).toHaveText(step.heading!);
    await heading.scrollIntoViewIfNeeded();
    await expect(heading).toBeVisible();
    const above = await page.locator(`section.step[data-step-id="${step.id}"]`).evaluate((section) => {
      return section.querySelector(".section-heading")!.getBoundingClientRect().bottom <= section.querySelector(".passage")!.getBoundingClientRect().top;
    });
    expect(above, `the heading of ${step.id} should sit above its passage`).toBe(true);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loaded.story.title);
});

test("without JavaScript, the Arabic passage is marked lang=ar and dir=rtl", async ({ page }) => {
  await page.goto("/");
  const arabic = steps.filter((s) => s.lang === "ar");
  expect(arabic.length, "the story should have an Arabic passage").toBeGreaterThan(0);
  for (const step of arabic) {
    const passage = page.locator(`section.step[data-step-id="${step.id}"] .passage`);
    await expect(passage).toHaveAttribute("lang", "ar");
    await expect(passage).toHaveAttribute("dir", "rtl");
    await expect(passage).toHaveText(step.text);
    await expect(passage).toBeVisible();
  }
  await expect(page.locator("html")).toHaveAttribute("lang", loaded.story.lang);
  await expect(page.locator('[lang="ar"]')).toHaveCount(arabic.length);
});

test("without JavaScript, each passage's map is described in words and the sources and method follow", async ({ page }) => {
  await page.goto("/");
  for (const step of steps) {
    const note = page.locator(`section.step[data-step-id="${step.id}"] .graphic-note`);
    await note.scrollIntoViewIfNeeded();
    await expect(note, `the map note of ${step.id}`).toBeVisible();
    await expect(note).toContainText(step.title);
  }
  const sources = page.locator("section#sources");
  await sources.scrollIntoViewIfNeeded();
  await expect(sources.getByRole("heading", { level: 2, name: "Sources and method" })).toBeVisible();
  await expect(sources.getByRole("heading", { level: 3, name: "Method" })).toBeVisible();
  await expect(sources.locator("ol.source-list > li")).toHaveCount(loaded.data.sources.length);
  const below = await page.evaluate(() => {
    const last = [...document.querySelectorAll("section.step")].at(-1)!;
    return document.getElementById("sources")!.getBoundingClientRect().top >= last.getBoundingClientRect().bottom;
  });
  expect(below, "the sources should come after the last passage").toBe(true);
});

test("without JavaScript, every step shows a static image of its graphic, with alt text", async ({ page }) => {
  await page.goto("/");
  const images = page.locator("main#story section.step img.static-graphic");
  await expect(images).toHaveCount(steps.length);
  for (const [i, step] of steps.entries()) {
    const image = images.nth(i);
    await image.scrollIntoViewIfNeeded();
    await expect(image).toHaveAttribute("alt", new RegExp(`: ${step.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${step.id} image loads` }).toBe(true);
  }
});

test("without JavaScript, the dated corrections and the date of the last fact-check are on the page", async ({ page }) => {
  await page.goto("/");
  const entries = page.locator("#corrections li");
  await expect(entries).toHaveCount(loaded.story.corrections.length);
  expect(loaded.story.corrections.length).toBeGreaterThan(0);
  for (const [i, c] of loaded.story.corrections.entries()) {
    await entries.nth(i).scrollIntoViewIfNeeded();
    await expect(entries.nth(i)).toBeVisible();
    await expect(entries.nth(i)).toContainText(`an earlier version said ${c.said}. ${c.now}`);
  }
  await expect(page.locator("#sources .factchecked")).toContainText("Last fact-check of every figure, date, relation, map claim and credit: 7 December 2026.");
});
