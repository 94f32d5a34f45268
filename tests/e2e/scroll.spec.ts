import { expect, test } from "@playwright/test";
import {
  MAP,
  currentSteps,
  drawnMap,
  expectCameraLanded,
  scrollStepToReadingLine,
  settledMap,
  stepUnderReadingLine,
  waitForMap,
  watchForErrors,
} from "./page.ts";
import { asSets, expectedDrawing, expectedMap, firstStep, isMapStep, lastMapStep, mapOf, states } from "./story.ts";

test("scrolling through the story activates every step in order and the map shows each one", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto("/");
  await waitForMap(page);
  const historyLength = await page.evaluate(() => history.length);

  // Every change of the active step, as the page makes it.
  await page.evaluate(() => {
    const story = document.getElementById("story")!;
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    new MutationObserver(() => {
      const id = story.dataset.step ?? "";
      if (seen[seen.length - 1] !== id) seen.push(id);
    }).observe(story, { attributes: true, attributeFilter: ["data-step"] });
  });

  for (const [i, state] of states.entries()) {
    await test.step(`step ${i + 1} of ${states.length}: ${state.id}`, async () => {
      await scrollStepToReadingLine(page, state.id);
      await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
      expect(await stepUnderReadingLine(page), "the step on the reading line").toBe(state.id);
      expect(await currentSteps(page), "aria-current and is-active should be on this step only").toEqual({
        current: [`${state.id}=step`],
        active: [state.id],
      });
      // A plain visit keeps a clean URL until the reader moves; from then on #step= follows the reader.
      if (i > 0) await expect.poll(() => new URL(page.url()).hash, "#step= follows, a frame later").toBe(`#step=${state.id}`);

      if (isMapStep(state)) {
        const svg = page.locator(MAP);
        await expect(page.locator(".scene-map")).toHaveAttribute("data-step", state.id);
        await expect(svg).toHaveAttribute("data-highlight", expectedMap(state).highlight);
        const highlighted = await page.locator(`${MAP} path.is-highlight`).evaluateAll((paths) => paths.map((p) => p.getAttribute("data-id")).sort());
        expect(highlighted, "the highlighted country shapes").toEqual([...mapOf(state).highlight].sort());
      }
      if (state === lastMapStep) {
        expect(asSets(await settledMap(page)), "the map once its tweens are over").toEqual(expectedMap(state));
        expect(await drawnMap(page), "what the map draws once its tweens are over").toEqual(expectedDrawing(state));
        await expectCameraLanded(page);
      }
    });
  }

  const visited = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
  expect(visited, "the active step should move forward one step at a time, never skipping or going back").toEqual(states.slice(1).map((s) => s.id));
  expect(await page.evaluate(() => history.length), "#step= should be kept with replaceState, not new history entries").toBe(historyLength);
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});

test("scrolling back up to the top returns to the first step", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto("/");
  await waitForMap(page);
  for (const state of states.slice(0, 3)) {
    await scrollStepToReadingLine(page, state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await expect(page.locator("main#story")).toHaveAttribute("data-step", firstStep.id);
  expect(await currentSteps(page)).toEqual({ current: [`${firstStep.id}=step`], active: [firstStep.id] });
  if (isMapStep(firstStep)) {
    expect(asSets(await settledMap(page)), "the map once its tweens are over").toEqual(expectedMap(firstStep));
    expect(await drawnMap(page), "what the map draws for the first step").toEqual(expectedDrawing(firstStep));
  }
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});

test("while a passage is read, the map the next passage brings in is drawn ahead, out of sight", async ({ page }) => {
  const problems = watchForErrors(page);
  const i = states.findIndex((s, j) => !isMapStep(s) && j + 1 < states.length && isMapStep(states[j + 1]));
  const [reading, next] = [states[i], states[i + 1]];
  await page.goto(`/#step=${reading.id}`);
  await waitForMap(page);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", reading.id);

  // Ahead: the hidden map already carries the next step's picture, under its camera.
  await expect(page.locator(".scene-map"), "the map is drawn for the next step in idle time").toHaveAttribute("data-step", next.id);
  await expect(page.locator(".scene-map")).not.toHaveClass(/is-active/);
  expect(await page.locator(".scene-map").evaluate((el) => getComputedStyle(el).opacity), "out of sight while it is drawn").toBe("0");
  expect(asSets(await settledMap(page)), `the map ahead for ${next.id}`).toEqual(expectedMap(next));
  await expectCameraLanded(page);
  const ahead = await page.locator(`${MAP} g.world`).getAttribute("transform");

  // The step change shows that picture as it is.
  await scrollStepToReadingLine(page, next.id);
  await expect(page.locator("main#story")).toHaveAttribute("data-step", next.id);
  await expect(page.locator(".scene-map")).toHaveClass(/is-active/);
  expect(await drawnMap(page), `what the map draws for ${next.id}`).toEqual(expectedDrawing(next));
  expect(await page.locator(`${MAP} g.world`).getAttribute("transform"), "the camera drawn ahead is the camera shown").toBe(ahead);
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});
