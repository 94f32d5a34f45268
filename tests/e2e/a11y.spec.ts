import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { lastStep, states } from "./story.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Results = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One line per violation and node: rule id, impact, CSS target and axe's summary. */
const violations = (results: Results) =>
  results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, " ")}`));

test("the page has no WCAG 2.2 AA violations once the map has loaded", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations(results), "axe violations (rule, target, summary)").toEqual([]);
});

test("the page has no WCAG 2.2 AA violations when opened on the last step", async ({ page }) => {
  await page.goto(`/#step=${lastStep.id}`);
  await waitForMap(page);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", lastStep.id);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations(results), "axe violations (rule, target, summary)").toEqual([]);
});

for (const motion of ["no-preference", "reduce"] as const) {
  test(`every step has no WCAG 2.2 AA violations (reduced motion: ${motion})`, async ({ page }) => {
    test.setTimeout(600_000); // 28 steps, each settled and scanned by axe, on a shared 2-core machine
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto("/");
    await waitForMap(page);
    const found: string[] = [];
    for (const state of states) {
      await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
      await expect(page.locator(`.scene-${state.scene}`)).toHaveAttribute("data-step", state.id);
      await page.waitForTimeout(motion === "reduce" ? 250 : 1400); // let the picture land (axe reads contrast)
      // What changes from step to step: the graphic and the active passage (the whole page is scanned above).
      const results = await new AxeBuilder({ page }).withTags(TAGS).include(".stage").include(`#step-${state.id}`).analyze();
      found.push(...violations(results).map((v) => `${state.id}: ${v}`));
    }
    expect(found, "axe violations by step").toEqual([]);
  });
}

test("the page has no WCAG 2.2 AA violations in forced-colours mode", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/#step=tripoli-meeting");
  await waitForMap(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations(results)).toEqual([]);
});

test("a chart too short for all its words (360x640) keeps its note in a box a keyboard can scroll, with no violations", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const charts = states.filter((s) => s.scene === "chart");
  expect(charts.length).toBeGreaterThan(0);
  for (const state of charts) {
    await page.goto(`/#step=${state.id}`);
    await expect(page.locator(".scene-chart")).toHaveAttribute("data-step", state.id);
    const note = page.locator(".scene-chart .chart-note");
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute("tabindex", "0");
    // It holds more than it shows, and scrolls.
    expect(await note.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await note.focus();
    await page.keyboard.press("PageDown");
    await expect.poll(() => note.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(TAGS).include(".stage").analyze();
    expect(violations(results), state.id).toEqual([]);
  }
});

test("a timeline taller than its picture (360x640, 844x390) scrolls in its box, by keyboard too, with no violations", async ({ page }) => {
  const steps = states.filter((s) => s.scene === "timeline");
  expect(steps.length).toBeGreaterThan(0);
  for (const size of [{ width: 360, height: 640 }, { width: 844, height: 390 }]) {
    await page.setViewportSize(size);
    for (const state of steps) {
      await page.goto(`/#step=${state.id}`);
      const box = page.locator(".scene-timeline");
      await expect(box).toHaveAttribute("data-step", state.id);
      await expect(box).toHaveClass(/is-scrolling/);
      await expect(box).toHaveAttribute("tabindex", "0");
      // Every event's label is in the picture, below the box's fold or not.
      const { inside, labels } = await box.evaluate((el) => {
        const svg = el.querySelector("svg")!.getBoundingClientRect();
        const boxes = [...el.querySelectorAll(".events text")].map((t) => t.getBoundingClientRect());
        return { labels: boxes.length, inside: boxes.every((b) => b.top >= svg.top - 1 && b.bottom <= svg.bottom + 1) };
      });
      expect(labels).toBeGreaterThan(0);
      expect(inside, `${state.id} at ${size.width}x${size.height}`).toBe(true);
      await box.focus();
      await page.keyboard.press("End");
      await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).withTags(TAGS).include(".stage").analyze();
      expect(violations(results), `${state.id} at ${size.width}x${size.height}`).toEqual([]);
    }
  }
});
