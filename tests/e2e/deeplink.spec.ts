import { expect, test, type Page } from "@playwright/test";
import {
  READING_LINE,
  currentSteps,
  drawnMap,
  expectCameraLanded,
  scrollStepToReadingLine,
  settledMap,
  stepUnderReadingLine,
  waitForMap,
  watchForErrors,
} from "./page.ts";
import { asSets, expectedDrawing, expectedMap, firstStep, isMapStep, lastMapStep, lastStep, mapOf, mapSteps, middleMapStep, states } from "./story.ts";

const byId = (id: string) => states.find((s) => s.id === id)!;

/** The first map step, the first with border lengths, with hatched threat and pins, with borders but no lengths, and the last. */
const linked = [
  mapSteps[0],
  mapSteps.find((s) => mapOf(s).lengths),
  mapSteps.find((s) => mapOf(s).threat.length > 0 && mapOf(s).places.length > 0),
  mapSteps.find((s) => mapOf(s).borders.length > 0 && !mapOf(s).lengths),
  lastMapStep,
]
  .filter((s) => s !== undefined)
  .map((s) => s.id)
  .filter((id, i, all) => all.indexOf(id) === i);

/** The step is active, scrolled to, alone in aria-current, and the map has settled on its picture. */
async function expectStepShown(page: Page, id: string) {
  await expect(page.locator("main#story")).toHaveAttribute("data-step", id);
  expect(await stepUnderReadingLine(page), "the page should be scrolled to the active step").toBe(id);
  expect(await currentSteps(page), "aria-current and is-active should be on this step only").toEqual({ current: [`${id}=step`], active: [id] });
  expect(asSets(await settledMap(page)), `the map for ${id}`).toEqual(expectedMap(byId(id)));
  expect(await drawnMap(page), `what the map draws for ${id}`).toEqual(expectedDrawing(byId(id)));
  await expectCameraLanded(page);
}

for (const id of linked) {
  test(`a #step=${id} link opens on that step, and a reload keeps it`, async ({ page }) => {
    const problems = watchForErrors(page);
    await page.goto(`/#step=${id}`);
    await waitForMap(page);
    await expectStepShown(page, id);
    expect(new URL(page.url()).hash).toBe(`#step=${id}`);

    await page.reload();
    await waitForMap(page);
    await expectStepShown(page, id);
    expect(new URL(page.url()).hash).toBe(`#step=${id}`);
    expect(problems, "console errors, page errors and failed requests").toEqual([]);
  });
}

test("jumping from the first step to the last lands on the same map as scrolling there step by step", async ({ context }) => {
  // By scrolling, one step at a time, to the last step the map shows.
  const scrolled = await context.newPage();
  const problems = watchForErrors(scrolled);
  await scrolled.goto("/");
  await waitForMap(scrolled);
  for (const state of states.slice(0, states.indexOf(lastMapStep) + 1)) {
    await scrollStepToReadingLine(scrolled, state.id);
    await expect(scrolled.locator("main#story")).toHaveAttribute("data-step", state.id);
  }
  const reference = await settledMap(scrolled);
  expect(asSets(reference), "the map reached step by step").toEqual(expectedMap(lastMapStep));
  const drawing = await drawnMap(scrolled);
  expect(drawing, "what the map draws, reached step by step").toEqual(expectedDrawing(lastMapStep));

  // By changing the link on a page opened at the first step.
  const hashed = await context.newPage();
  problems.push(...watchForErrors(hashed));
  await hashed.goto("/");
  await waitForMap(hashed);
  await expect(hashed.locator("main#story")).toHaveAttribute("data-step", firstStep.id);
  await hashed.evaluate((id) => (location.hash = `#step=${id}`), lastMapStep.id);
  await expect(hashed.locator("main#story")).toHaveAttribute("data-step", lastMapStep.id);
  expect(await settledMap(hashed), "the map after setting location.hash").toEqual(reference);
  expect(await drawnMap(hashed), "what the map draws after setting location.hash").toEqual(drawing);
  await expectCameraLanded(hashed);
  expect(await stepUnderReadingLine(hashed), "the page should be scrolled to the linked step").toBe(lastMapStep.id);
  expect(await currentSteps(hashed)).toEqual({ current: [`${lastMapStep.id}=step`], active: [lastMapStep.id] });

  // By scrolling to the bottom of the page in one go.
  const flung = await context.newPage();
  problems.push(...watchForErrors(flung));
  await flung.goto("/");
  await waitForMap(flung);
  await expect(flung.locator("main#story")).toHaveAttribute("data-step", firstStep.id);
  await flung.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await expect(flung.locator("main#story")).toHaveAttribute("data-step", lastStep.id);
  expect(await currentSteps(flung)).toEqual({ current: [`${lastStep.id}=step`], active: [lastStep.id] });
  if (isMapStep(lastStep)) {
    expect(await settledMap(flung), "the map after scrolling to the bottom in one go").toEqual(reference);
    expect(await drawnMap(flung), "what the map draws after scrolling to the bottom in one go").toEqual(drawing);
    await expectCameraLanded(flung);
  }

  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});

test("after a fling to the bottom and straight back to a middle step, the page settles on that step", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto("/");
  await waitForMap(page);
  await page.evaluate(
    async ([id, line]) => {
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" });
      await new Promise(requestAnimationFrame);
      const step = document.querySelector<HTMLElement>(`section.step[data-step-id="${id}"]`)!;
      window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * line + 4, behavior: "instant" });
    },
    [middleMapStep.id, READING_LINE] as const,
  );
  await expectStepShown(page, middleMapStep.id);
  await expect.poll(() => new URL(page.url()).hash, "the URL follows a frame later").toBe(`#step=${middleMapStep.id}`);
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});

test("a smooth scroll from the end back to a middle step settles on that step", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`/#step=${lastMapStep.id}`);
  await waitForMap(page);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", lastMapStep.id);
  await page.evaluate(
    ([id, line]) => {
      const step = document.querySelector<HTMLElement>(`section.step[data-step-id="${id}"]`)!;
      window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * line + 4, behavior: "smooth" });
    },
    [middleMapStep.id, READING_LINE] as const,
  );
  await expectStepShown(page, middleMapStep.id);
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});
