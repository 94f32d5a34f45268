// The handout: ?print shows every step with its graphic (the build's static SVG, loaded), its text,
// description and sources; ?print&notes adds the speaker notes; printing any page lays it out so.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForMap, watchForErrors } from "./page.ts";
import { loaded, states } from "./story.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("?print renders every step with its graphic loaded, its text, its description and its sources", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto("/?print");
  await expect(page.locator("html")).toHaveClass(/\bhandout\b/);
  const steps = page.locator("section.step");
  await expect(steps).toHaveCount(states.length);
  await expect
    .poll(() => page.locator("img.print-graphic").evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0).length), {
      message: "every static graphic has loaded",
      timeout: 30_000,
    })
    .toBe(states.length);
  const report = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("section.step")].map((step) => {
      const img = step.querySelector<HTMLImageElement>("img.print-graphic");
      const note = step.querySelector<HTMLElement>(".graphic-note")!.getBoundingClientRect();
      const picture = img?.getBoundingClientRect();
      const passage = step.querySelector<HTMLElement>(".passage")!.getBoundingClientRect();
      return {
        id: step.dataset.stepId,
        src: img ? new URL(img.src).pathname : null,
        loaded: !!img && img.complete && img.naturalWidth > 0,
        alt: img?.alt ?? "",
        shown: !!picture && picture.width > 150 && picture.height > 100,
        // beside the text on a wide screen: the picture's top is level with the passage's
        beside: !!picture && (innerWidth < 640 || (picture.left > passage.left + 100 && picture.top < passage.bottom)),
        noteShown: note.width > 150 && note.height > 20,
        sources: step.querySelector(".graphic-note-sources")?.textContent?.startsWith("Sources:") ?? false,
        visible: getComputedStyle(step).visibility === "visible",
        breakInside: getComputedStyle(step).breakInside,
      };
    }),
  );
  expect(report).toEqual(
    states.map((state) => ({
      id: state.id,
      src: `/static/${state.id}.svg`,
      loaded: true,
      alt: expect.stringContaining(state.title),
      shown: true,
      beside: true,
      noteShown: true,
      sources: true,
      visible: true,
      breakInside: "avoid",
    })),
  );
  await expect(page.locator("main#story .stage")).not.toBeInViewport();
  await expect(page.locator(".print-notes")).toHaveCount(0);
  await expect(page.locator("#sources")).toBeVisible();
  // The dated corrections of the story file are in the handout too, one entry each.
  await expect(page.locator("#corrections")).toBeVisible();
  await expect(page.locator("#corrections li")).toHaveCount(loaded.story.corrections.length);
  await expect(page.locator("#corrections li").first()).toContainText("Correction, 7 December 2026: an earlier version said");
  await expect(page.getByRole("navigation", { name: "Handout" }).getByRole("button", { name: "Print" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("?print&notes adds every step's speaker notes", async ({ page }) => {
  await page.goto("/?print&notes");
  const withNotes = states.filter((s) => s.notes);
  expect(withNotes.length, "every step has notes in story/story.aml").toBe(states.length);
  await expect(page.locator(".print-notes")).toHaveCount(withNotes.length);
  for (const state of withNotes) {
    await expect(page.locator(`section.step[data-step-id="${state.id}"] .print-notes`)).toContainText(state.notes!);
  }
  await expect(page.getByRole("link", { name: "Without speaker notes" })).toHaveAttribute("href", "/?print");
});

/** What the browser does around a print: beforeprint, print media, then screen media and afterprint. */
async function startPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
}
async function endPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
}

test("printing the reading page lays it out as the handout, then returns to the same step", async ({ page }) => {
  await page.goto(`/#step=${states[5].id}`);
  await waitForMap(page);
  await expect(page.locator("img.print-graphic").first()).toBeHidden();
  await startPrint(page);
  await expect(page.locator("html")).toHaveClass(/\bhandout\b/);
  await expect(page.locator("img.print-graphic")).toHaveCount(states.length);
  await expect(page.locator(`section.step[data-step-id="${states[5].id}"] img.print-graphic`)).toBeVisible();
  await expect(page.locator(".stepper")).toBeHidden();
  // Where the pages break is checked on real PDFs in handout-pages.spec.ts; here, that print rules apply.
  expect(await page.locator("section.step .passage").first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
  await endPrint(page);
  await expect(page.locator("html")).not.toHaveClass(/\bhandout\b/);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[5].id);
  await page.waitForTimeout(500);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[5].id);
});

test("printing from present mode gives the handout, not the slide", async ({ page }) => {
  await page.goto(`/?mode=present#step=${states[3].id}`);
  await expect(page.locator("section.present-deck")).toBeVisible();
  await startPrint(page);
  await expect(page.locator("section.present-deck")).toBeHidden();
  await expect(page.locator(`section.step[data-step-id="${states[0].id}"] .passage`)).toBeVisible();
  await endPrint(page);
  await expect(page.locator("section.present-deck")).toBeVisible();
  await expect(page.locator("section.present-deck")).toHaveAttribute("data-step", states[3].id);
});

test("the handout has no WCAG 2.2 AA violations", async ({ page }) => {
  await page.goto("/?print&notes");
  await expect(page.locator("html")).toHaveClass(/\bhandout\b/);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} at ${JSON.stringify(node.target)}`))).toEqual([]);
});
