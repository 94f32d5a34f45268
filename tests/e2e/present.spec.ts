// Present mode (?mode=present): the key map, the step list, go-to, blackout, the console key, the
// Present link, reloads and deep links, and that none of its keys exist while reading.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForMap, watchForErrors } from "./page.ts";
import { lastStep, states } from "./story.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const n = states.length;

const story = (page: Page) => page.locator("main#story");
const deck = (page: Page) => page.locator("section.present-deck");

/** Opens present mode (on a step, if given) and waits until the deck shows it. */
async function present(page: Page, id?: string): Promise<void> {
  await page.goto(`/?mode=present${id ? `#step=${id}` : ""}`);
  await expect(deck(page)).toBeVisible();
  await expect(deck(page)).toHaveAttribute("data-step", id ?? states[0].id);
  await waitForMap(page);
}

/** From now on, every change of main#story[data-step], in order (window.__steps). */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.getElementById("story")!;
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    new MutationObserver(() => {
      const id = root.dataset.step ?? "";
      if (seen[seen.length - 1] !== id) seen.push(id);
    }).observe(root, { attributes: true, attributeFilter: ["data-step"] });
  });
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);

/** What the slide shows: its passage, which must be the step's own passage, word for word. */
async function expectSlide(page: Page, index: number): Promise<void> {
  const id = states[index].id;
  await expect(story(page)).toHaveAttribute("data-step", id);
  await expect(deck(page)).toHaveAttribute("data-step", id);
  const passage = await page.locator(`section.step[data-step-id="${id}"] .passage`).textContent();
  await expect(page.locator(".present-slide .passage")).toHaveText(passage!);
  await expect(page.locator(".present-bar .present-counter")).toHaveText(`Step ${index + 1} of ${n}`);
}

test("every next key moves exactly one step forward and every previous key one step back, with one announcement each", async ({ page }) => {
  const problems = watchForErrors(page);
  await present(page);
  await recordSteps(page);
  const forward = ["ArrowRight", "ArrowDown", "Space", "PageDown", "n"];
  const back = ["ArrowLeft", "ArrowUp", "PageUp", "p", "Shift+Space"];
  const expected: string[] = [];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expectSlide(page, i + 1);
    expected.push(states[i + 1].id);
    await expect(page.locator(".announcer"), key).toHaveText(`Step ${i + 2} of ${n}: ${states[i + 1].title}`);
    await expect(page.locator(".present-slide"), "focus moves to the slide").toBeFocused();
    await expect.poll(() => new URL(page.url()).hash, "#step= follows").toBe(`#step=${states[i + 1].id}`);
  }
  for (const [j, key] of back.entries()) {
    const index = forward.length - 1 - j;
    await page.keyboard.press(key);
    await expectSlide(page, index);
    expected.push(states[index].id);
  }
  // Settled: the hidden page's scroll driver has not pulled the step anywhere else.
  await page.waitForTimeout(500);
  await expectSlide(page, 0);
  expect(await recorded(page), "one step per press, no step skipped or repeated").toEqual(expected);
  expect(problems).toEqual([]);
});

test("Home and End go to the first and last step, and G jumps to a number or an id", async ({ page }) => {
  await present(page, states[2].id);
  await recordSteps(page);
  await page.keyboard.press("End");
  await expectSlide(page, n - 1);
  await expect(page.locator(".present-bar [data-action=next]")).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("n"); // nothing after the last step
  await page.keyboard.press("Home");
  await expectSlide(page, 0);
  await expect(page.locator(".present-bar [data-action=prev]")).toHaveAttribute("aria-disabled", "true");

  await page.keyboard.press("g");
  const field = page.getByRole("textbox", { name: /Step number/ });
  await expect(field).toBeFocused();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expectSlide(page, 6);
  await expect(page.locator(".present-slide")).toBeFocused();

  await page.keyboard.press("g");
  await page.keyboard.type(states[12].id);
  await page.keyboard.press("Enter");
  await expectSlide(page, 12);

  // A step that does not exist: the dialog says so and stays; Esc leaves the step where it was.
  await page.keyboard.press("g");
  await page.keyboard.type(String(n + 1));
  await page.keyboard.press("Enter");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".jump-error")).toContainText(String(n + 1));
  await page.keyboard.press("Escape");
  await expect(page.locator("dialog[open]")).toHaveCount(0);
  await expectSlide(page, 12);
  expect(await recorded(page)).toEqual([lastStep.id, states[0].id, states[6].id, states[12].id]);
});

test("keys do nothing with Ctrl, Meta or Alt held, while typing in a field, or as the repeats of a held key", async ({ page }) => {
  await present(page, states[3].id);
  await recordSteps(page);
  for (const key of ["Control+ArrowRight", "Meta+ArrowDown", "Alt+PageDown", "Control+n", "Alt+b"]) await page.keyboard.press(key);
  // A field: the go-to dialog's. Its letters are typing, not commands.
  await page.keyboard.press("g");
  await page.keyboard.type("npb.v");
  await expect(page.getByRole("textbox", { name: /Step number/ })).toHaveValue("npb.v");
  await page.keyboard.press("Escape");
  // A held key repeats its keydown; it moves once.
  await page.keyboard.down("PageDown");
  await page.keyboard.down("PageDown");
  await page.keyboard.down("PageDown");
  await page.keyboard.up("PageDown");
  await expectSlide(page, 4);
  await page.waitForTimeout(300);
  expect(await recorded(page)).toEqual([states[4].id]);
  await expect(deck(page)).toHaveAttribute("data-blackout", "false");
});

test("O lists every step; arrow keys move through the list and Enter goes to the step", async ({ page }) => {
  await present(page, states[5].id);
  await page.keyboard.press("o");
  const list = page.getByRole("dialog", { name: "All steps" });
  await expect(list).toBeVisible();
  await expect(list.locator(".step-list button[data-index]")).toHaveCount(n);
  const current = list.locator('button[aria-current="step"]');
  await expect(current).toBeFocused();
  await expect(current).toHaveText(`6. ${states[5].title}`);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await expect(list.locator(`button[data-index="7"]`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(list).toBeHidden();
  await expectSlide(page, 7);
  await expect(page.locator(".announcer")).toHaveText(`Step 8 of ${n}: ${states[7].title}`);
  // Esc closes the list and leaves the step.
  await page.keyboard.press("o");
  await page.keyboard.press("End");
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expectSlide(page, 7);
});

test("? and F1 show the key map, which Esc closes", async ({ page }) => {
  await present(page);
  for (const key of ["?", "F1"]) {
    await page.keyboard.press(key);
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help.getByRole("row", { name: /Next step/ })).toContainText("Page Down");
    await expect(help.getByRole("row", { name: /Black out/ })).toContainText("B");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
  }
  await expectSlide(page, 0);
});

test("B, . and V black the screen out and back; a black screen holds its step", async ({ page }) => {
  await present(page, states[2].id);
  const black = page.locator(".present-blackout");
  for (const key of ["b", ".", "v"]) {
    await page.keyboard.press(key);
    await expect(deck(page), key).toHaveAttribute("data-blackout", "true");
    await expect(black).toBeVisible();
    await expect(page.locator(".present-bar [data-action=blackout]")).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowRight"); // held while black
    await expectSlide(page, 2);
    await page.keyboard.press(key);
    await expect(deck(page)).toHaveAttribute("data-blackout", "false");
    await expect(black).toBeHidden();
  }
  const box = await page.evaluate(() => {
    document.querySelector<HTMLElement>(".present-blackout")!.hidden = false;
    const r = document.querySelector(".present-blackout")!.getBoundingClientRect();
    const colour = getComputedStyle(document.querySelector(".present-blackout")!).backgroundColor;
    document.querySelector<HTMLElement>(".present-blackout")!.hidden = true;
    return { w: r.width, h: r.height, colour, vw: innerWidth, vh: innerHeight };
  });
  expect(box).toEqual({ w: box.vw, h: box.vh, colour: "rgb(0, 0, 0)", vw: box.vw, vh: box.vh });
});

test("S opens the presenter console in a window; a blocked window gives a link instead", async ({ page, context }) => {
  await present(page, states[4].id);
  const opened = context.waitForEvent("page");
  await page.keyboard.press("s");
  const consolePage = await opened;
  await consolePage.waitForURL(/[?&]mode=console/);
  await expect(consolePage.locator("section.console")).toHaveAttribute("data-step", states[4].id);
  await consolePage.close();

  await page.evaluate(() => (window.open = () => null));
  await page.keyboard.press("s");
  const link = page.getByRole("link", { name: "Open the presenter console", exact: true });
  await expect(link).toBeFocused();
  expect(new URL((await link.getAttribute("href"))!, page.url()).searchParams.get("mode")).toBe("console");
});

test("F turns full screen on and off", async ({ page }) => {
  await present(page);
  const full = page.locator(".present-bar [data-action=fullscreen]");
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(full).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(full).toHaveAttribute("aria-pressed", "false");
  await expectSlide(page, 0);
});

test("#step= opens present mode on that step, and a reload returns to the step on screen", async ({ page }) => {
  await present(page, states[9].id);
  await expectSlide(page, 9);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expectSlide(page, 11);
  await page.reload();
  await expect(deck(page)).toBeVisible();
  await expectSlide(page, 11);
  expect(new URL(page.url()).searchParams.get("mode")).toBe("present");
});

test("the bar's buttons move one step and keep the focus; Exit returns to reading at the same step", async ({ page }) => {
  await present(page, states[1].id);
  const next = page.getByRole("button", { name: "Next passage" });
  await next.click();
  await expectSlide(page, 2);
  await expect(next).toBeFocused();
  await expect(page.locator(".announcer")).toHaveText(`Step 3 of ${n}: ${states[2].title}`);
  await page.getByRole("button", { name: "Previous passage" }).click();
  await expectSlide(page, 1);
  await page.getByRole("link", { name: /Leave present mode/ }).click();
  await expect(page).toHaveURL(new RegExp(`/#step=${states[1].id}$`));
  await expect(story(page)).toHaveAttribute("data-step", states[1].id);
  await expect(deck(page)).toHaveCount(0);
});

test("the Present link starts present mode at the step being read", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 }); // phones leave it out of their step bar
  await page.goto(`/#step=${states[6].id}`);
  await waitForMap(page);
  const link = page.getByRole("link", { name: /^Present/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?mode=present#step=${states[6].id}$`));
  await expectSlide(page, 6);
});

test("single-character keys do nothing while reading", async ({ page, context }) => {
  await page.goto(`/#step=${states[3].id}`);
  await waitForMap(page);
  const before = await page.evaluate(() => [scrollY, document.getElementById("story")!.dataset.step, location.href]);
  let popups = 0;
  context.on("page", () => popups++);
  for (const key of ["n", "p", "b", ".", "v", "f", "o", "g", "s", "?", "t", "Shift+R"]) await page.keyboard.press(key);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => [scrollY, document.getElementById("story")!.dataset.step, location.href])).toEqual(before);
  await expect(page.locator("dialog[open]")).toHaveCount(0);
  await expect(page.locator(".present-deck")).toHaveCount(0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(popups).toBe(0);
});

test.describe("accessibility", () => {
  const violations = (results: Awaited<ReturnType<AxeBuilder["analyze"]>>) =>
    results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, " ")}`));

  test("present mode has no WCAG 2.2 AA violations, on a step and with each dialog open", async ({ page }) => {
    const found: string[] = [];
    for (const state of [states[0], states[3], states[6], lastStep]) {
      await present(page, state.id);
      await page.waitForTimeout(1300); // the picture lands (axe reads contrast)
      found.push(...violations(await new AxeBuilder({ page }).withTags(TAGS).analyze()).map((v) => `${state.id}: ${v}`));
    }
    for (const key of ["o", "g", "?"]) {
      await page.keyboard.press(key);
      await expect(page.locator("dialog[open]")).toHaveCount(1);
      found.push(...violations(await new AxeBuilder({ page }).withTags(TAGS).analyze()).map((v) => `dialog ${key}: ${v}`));
      await page.keyboard.press("Escape");
    }
    await page.keyboard.press("b");
    found.push(...violations(await new AxeBuilder({ page }).withTags(TAGS).analyze()).map((v) => `blackout: ${v}`));
    expect(found).toEqual([]);
  });

  test("every control of present mode is at least 24 by 24 pixels and in view", async ({ page }) => {
    await present(page, states[3].id);
    const bad = await page.locator(".present-bar button, .present-bar a").evaluateAll((els) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const inView = r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
        return r.width < 24 || r.height < 24 || !inView ? [`${el.textContent} ${r.width}x${r.height} at ${r.left},${r.top}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });
});
