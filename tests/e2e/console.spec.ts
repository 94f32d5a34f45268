// The presenter console (?mode=console) with an audience window (?mode=present) in one browser
// context: they stay in sync both ways, reconnect after either reloads, mirror blackout; the
// console's clock survives a reload and its reset asks first.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { waitForMap, watchForErrors } from "./page.ts";
import { lastStep, states } from "./story.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const n = states.length;
/** The issue's promise: after a reload of either window, both are back in sync within two seconds. */
const RECONNECT = { timeout: 2_000 };

const panel = (page: Page) => page.locator("section.console");
const deck = (page: Page) => page.locator("section.present-deck");

async function openPair(context: BrowserContext, id?: string): Promise<{ audience: Page; console: Page }> {
  const audience = await context.newPage();
  await audience.goto(`/?mode=present${id ? `#step=${id}` : ""}`);
  await expect(deck(audience)).toBeVisible();
  const consolePage = await context.newPage();
  await consolePage.goto("/?mode=console");
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected");
  return { audience, console: consolePage };
}

/** The image shows step `id`'s picture, loaded (an image that failed or is still empty has no natural width). */
async function expectPicture(image: Locator, id: string): Promise<void> {
  await expect(image).toHaveAttribute("data-step", id);
  await expect(image).toHaveAttribute("src", new RegExp(`(^|/)static/${id}\\.svg$`));
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

/** Both windows show step `index`: the audience on screen, the console its notes and the next step's picture. */
async function expectInSync(audience: Page, consolePage: Page, index: number, options = {}): Promise<void> {
  const state = states[index];
  await expect(deck(audience)).toHaveAttribute("data-step", state.id, options);
  await expect(panel(consolePage)).toHaveAttribute("data-step", state.id, options);
  await expect(consolePage.locator(".console-notes")).toHaveText(state.notes ?? "No notes for this step.");
  await expect(consolePage.locator("#console-now-title")).toHaveText(`Now: step ${index + 1} of ${n}`);
  await expectPicture(consolePage.locator(".console-mirror .console-picture"), state.id);
  if (index < n - 1) {
    const next = states[index + 1];
    await expect(consolePage.locator(".console-upcoming")).toHaveAttribute("data-step", next.id);
    // The preview is the next step's still, drawn at build time by the same scenes in their final state.
    await expectPicture(consolePage.locator(".console-upcoming .console-picture"), next.id);
    await expect(consolePage.locator(".console-next-meta")).toContainText(next.title);
  } else {
    await expect(consolePage.locator("#console-next-title")).toHaveText("Next: the end");
    await expect(consolePage.locator(".console-upcoming .console-figure")).toBeHidden();
  }
}

test("the console follows the audience window, and keys and buttons in the console drive it", async ({ context }) => {
  const { audience, console: consolePage } = await openPair(context);
  const problems = [...watchForErrors(audience), ...watchForErrors(consolePage)];
  await expectInSync(audience, consolePage, 0);
  await audience.keyboard.press("ArrowRight");
  await expectInSync(audience, consolePage, 1);
  await consolePage.keyboard.press("PageDown");
  await expectInSync(audience, consolePage, 2);
  await expect(consolePage.locator(".announcer")).toHaveText(`Step 3 of ${n}: ${states[2].title}`);
  await consolePage.keyboard.press("n");
  await expectInSync(audience, consolePage, 3);
  await consolePage.keyboard.press("p");
  await expectInSync(audience, consolePage, 2);
  await consolePage.getByRole("button", { name: "Next passage" }).click();
  await expectInSync(audience, consolePage, 3);
  await consolePage.keyboard.press("End");
  await expectInSync(audience, consolePage, n - 1);
  await consolePage.keyboard.press("Home");
  await expectInSync(audience, consolePage, 0);
  await consolePage.keyboard.press("g");
  await consolePage.keyboard.type("10");
  await consolePage.keyboard.press("Enter");
  await expectInSync(audience, consolePage, 9);
  await consolePage.keyboard.press("o");
  await consolePage.keyboard.press("ArrowDown");
  await consolePage.keyboard.press("Enter");
  await expectInSync(audience, consolePage, 10);
  // The audience window announces what its own user did (step 2), not what the console did.
  await expect(audience.locator(".announcer")).toHaveText(`Step 2 of ${n}: ${states[1].title}`);
  expect(new URL(audience.url()).hash).toBe(`#step=${states[10].id}`);
  expect(problems).toEqual([]);
});

/** The step with the longest notes: the hardest one to fit. */
const wordiest = states.reduce((a, b) => ((b.notes ?? "").length > (a.notes ?? "").length ? b : a));

for (const [width, height] of [[1024, 768], [1280, 720], [1366, 768]] as const) {
  test(`at ${width}x${height} the console shows the step, its passage and notes, both pictures, the controls and the clock without scrolling`, async ({ context }) => {
    const { audience, console: consolePage } = await openPair(context, wordiest.id);
    await consolePage.setViewportSize({ width, height });
    const index = states.indexOf(wordiest);
    await expectInSync(audience, consolePage, index);
    const parts = [
      ".console-step-title",
      ".console-passage",
      ".console-notes",
      ".console-upcoming .console-figure",
      ".console-next-meta",
      ".console-mirror .console-figure",
      ".console-elapsed",
      ".console-timer-toggle",
      ".console-timer-reset",
      ".console-planned input",
      ".console-pace",
      ".console-screen",
      ...["prev", "next-button", "blackout", "list", "jump", "keys"].map((b) => `.console-${b}`),
    ];
    const report = await consolePage.evaluate((selectors) => {
      const out: string[] = [];
      for (const selector of selectors) {
        const node = document.querySelector(selector);
        if (!node) {
          out.push(`${selector}: missing`);
          continue;
        }
        const r = node.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) out.push(`${selector}: empty (${r.width}x${r.height})`);
        if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
          out.push(`${selector}: out of view (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)})`);
        // Nothing lies over it: what is under its centre is the part itself or inside it.
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(node === hit || node.contains(hit))) out.push(`${selector}: covered by ${hit?.className || hit?.nodeName}`);
      }
      // The hidden reading page is still laid out underneath; the window itself must not scroll.
      const page = document.scrollingElement!;
      if (getComputedStyle(page).overflowY !== "hidden" && page.scrollHeight > page.clientHeight) out.push(`the page scrolls (${page.scrollHeight} > ${page.clientHeight})`);
      const panel = document.querySelector(".console")!;
      if (panel.scrollHeight > panel.clientHeight + 1) out.push(`the console scrolls (${panel.scrollHeight} > ${panel.clientHeight})`);
      const notes = document.querySelector(".console-notes")!;
      if (!/auto|scroll/.test(getComputedStyle(notes).overflowY)) out.push("the notes do not scroll in their own box");
      return out;
    }, parts);
    expect(report).toEqual([]);
    // The buttons answer clicks where they are drawn.
    await consolePage.locator(".console-timer-toggle").click();
    await expect(consolePage.locator(".console-time")).toHaveAttribute("data-running", "true");
    await consolePage.locator(".console-next-button").click();
    await expectInSync(audience, consolePage, index + 1);
  });
}

test("either window can reload: both are back in sync within two seconds and keep the step", async ({ context }) => {
  const { audience, console: consolePage } = await openPair(context, states[4].id);
  await expectInSync(audience, consolePage, 4);
  const firstAudience = await panel(consolePage).getAttribute("data-audience");

  await audience.reload();
  await expect(panel(consolePage), "the console hears the reloaded audience window").not.toHaveAttribute("data-audience", firstAudience!, RECONNECT);
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected", RECONNECT);
  await expectInSync(audience, consolePage, 4, RECONNECT);
  await consolePage.keyboard.press("ArrowRight");
  await expectInSync(audience, consolePage, 5, RECONNECT);

  await consolePage.reload();
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected", RECONNECT);
  await expectInSync(audience, consolePage, 5, RECONNECT);
  await audience.keyboard.press("ArrowRight");
  await expectInSync(audience, consolePage, 6, RECONNECT);
  await consolePage.keyboard.press("ArrowRight");
  await expectInSync(audience, consolePage, 7, RECONNECT);

  // Closing the audience window tells the console at once; a new one takes over where the link says.
  await audience.close();
  await expect(panel(consolePage)).toHaveAttribute("data-status", "lost");
  const again = await context.newPage();
  await again.goto(`/?mode=present#step=${states[7].id}`);
  await expectInSync(again, consolePage, 7, RECONNECT);
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected");
});

test("a second audience window is announced, and only the one the presenter chooses follows the console", async ({ context }) => {
  const { audience: first, console: consolePage } = await openPair(context, states[2].id);
  const second = await context.newPage();
  await second.goto(`/?mode=present#step=${states[6].id}`);
  await expect(deck(second)).toHaveAttribute("data-step", states[6].id);

  const chooser = consolePage.getByRole("group", { name: /2 audience windows are open/ });
  await expect(chooser).toBeVisible();
  await expect(panel(consolePage)).toHaveAttribute("data-audiences", "2");
  const firstChoice = chooser.getByRole("radio", { name: new RegExp(`on step 3: .*\\(leads\\)$`) });
  await expect(firstChoice).toBeChecked();
  // Both windows keep sending their state every second: the console stays with the first, the leader.
  for (let beat = 0; beat < 4; beat++) {
    await consolePage.waitForTimeout(600);
    await expect(panel(consolePage)).toHaveAttribute("data-step", states[2].id);
  }
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected");

  // Commands go to the leader only.
  await consolePage.keyboard.press("ArrowRight");
  await expectInSync(first, consolePage, 3);
  await expect(deck(second)).toHaveAttribute("data-step", states[6].id);

  // The presenter chooses the second window: the console shows it and drives it; the first ignores it.
  await chooser.getByRole("radio", { name: /on step 7: / }).check();
  await expectInSync(second, consolePage, 6);
  await consolePage.keyboard.press("ArrowRight");
  await expectInSync(second, consolePage, 7);
  await consolePage.keyboard.press("b");
  await expect(deck(second)).toHaveAttribute("data-blackout", "true");
  await expect(deck(first)).toHaveAttribute("data-step", states[3].id);
  await expect(deck(first)).toHaveAttribute("data-blackout", "false");
  expect(await new AxeBuilder({ page: consolePage }).withTags(TAGS).analyze().then((r) => r.violations.map((v) => v.id)), "the choice is accessible").toEqual([]);

  // The leader closes: the one window left leads, and the choice goes away.
  await second.close();
  await expect(chooser).toBeHidden();
  await expectInSync(first, consolePage, 3, RECONNECT);
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected");
});

test("blackout is mirrored both ways", async ({ context }) => {
  const { audience, console: consolePage } = await openPair(context, states[2].id);
  const consoleBlack = consolePage.getByRole("button", { name: "Blackout" });
  await audience.keyboard.press("b");
  await expect(deck(audience)).toHaveAttribute("data-blackout", "true");
  await expect(panel(consolePage)).toHaveAttribute("data-blackout", "true");
  await expect(consoleBlack).toHaveAttribute("aria-pressed", "true");
  await expect(consolePage.locator(".console-screen")).toHaveText("Audience screen: black");

  await consolePage.keyboard.press("v");
  await expect(deck(audience)).toHaveAttribute("data-blackout", "false");
  await expect(audience.locator(".present-blackout")).toBeHidden();
  await expect(consoleBlack).toHaveAttribute("aria-pressed", "false");

  await consoleBlack.click();
  await expect(deck(audience)).toHaveAttribute("data-blackout", "true");
  await expect(audience.locator(".present-blackout")).toBeVisible();
  await expect(consoleBlack).toHaveAttribute("aria-pressed", "true");

  await audience.keyboard.press(".");
  await expect(panel(consolePage)).toHaveAttribute("data-blackout", "false");
  await expectInSync(audience, consolePage, 2);
});

test("blackout survives a reload of either window", async ({ context }) => {
  const { audience, console: consolePage } = await openPair(context, states[2].id);
  await audience.keyboard.press("b");
  await expect(deck(audience)).toHaveAttribute("data-blackout", "true");

  await audience.reload();
  await expect(deck(audience), "the projector stays black after the audience window reloads").toHaveAttribute("data-blackout", "true");
  await expect(audience.locator(".present-blackout")).toBeVisible();
  await expect(panel(consolePage)).toHaveAttribute("data-blackout", "true", RECONNECT);
  await expect(consolePage.locator(".console-mirror-black")).toBeVisible();

  await consolePage.reload();
  await expect(panel(consolePage)).toHaveAttribute("data-status", "connected", RECONNECT);
  await expect(panel(consolePage)).toHaveAttribute("data-blackout", "true");
  await expect(consolePage.getByRole("button", { name: "Blackout" })).toHaveAttribute("aria-pressed", "true");

  // Shown again from the console: a reload now shows the slide, at the same step.
  await consolePage.keyboard.press("b");
  await expect(deck(audience)).toHaveAttribute("data-blackout", "false");
  await audience.reload();
  await expect(deck(audience)).toHaveAttribute("data-blackout", "false");
  await expect(audience.locator(".present-blackout")).toBeHidden();
  await expectInSync(audience, consolePage, 2, RECONNECT);
});

test("the console's clock survives a reload, and a reset asks first", async ({ page }) => {
  // A fake clock that moves only when told to (runFor): no assertion depends on the wall clock.
  await page.clock.install({ time: new Date("2026-06-16T09:00:00Z") });
  await page.clock.pauseAt(new Date("2026-06-16T09:00:01Z"));
  await page.goto("/?mode=console");
  const clock = page.getByRole("timer", { name: "Elapsed time" });
  const toggle = page.locator(".console-timer-toggle");
  await expect(clock).toHaveText("0:00");
  await expect(toggle).toHaveText("Start timer");
  await toggle.click();
  await page.clock.runFor(65_000);
  await expect(clock).toHaveText("1:05");
  await page.keyboard.press("t"); // pause
  await expect(toggle).toHaveText("Resume timer");
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText("1:05");

  await page.reload();
  await expect(clock).toHaveText("1:05");
  await expect(toggle).toHaveText("Resume timer");
  await page.keyboard.press("t"); // resume
  await page.clock.runFor(10_000);
  await expect(clock).toHaveText("1:15");
  await page.reload();
  await expect(toggle, "still running after the reload").toHaveText("Pause timer");
  await page.clock.runFor(5_000);
  await expect(clock).toHaveText("1:20");

  // Reset asks first: Esc and Cancel keep the time; only the confirming button clears it.
  await page.keyboard.press("Shift+R");
  const ask = page.getByRole("dialog", { name: "Reset the timer?" });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter"); // Enter on the focused Cancel
  await expect(ask).toBeHidden();
  await expect(clock).toHaveText("1:20");
  await page.getByRole("button", { name: "Reset timer…" }).click();
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(clock).toHaveText("1:20");
  await page.getByRole("button", { name: "Reset timer…" }).click();
  await ask.getByRole("button", { name: "Reset to 0:00" }).click();
  await expect(clock).toHaveText("0:00");
  await expect(toggle).toHaveText("Start timer");
  await page.reload();
  await expect(clock).toHaveText("0:00");
});

test("the pacing hint compares the clock with the plan for the step on screen", async ({ context }) => {
  await context.clock.install({ time: new Date("2026-06-16T09:00:00Z") });
  const { audience, console: consolePage } = await openPair(context, states[0].id);
  await consolePage.clock.pauseAt(new Date("2026-06-16T09:00:30Z"));
  const hint = consolePage.locator(".console-pace");
  await expect(hint).toHaveAttribute("data-pace", "idle");
  await consolePage.getByLabel("Planned length (minutes)").fill("20");
  await consolePage.locator(".console-timer-toggle").click();
  await consolePage.clock.runFor(5 * 60_000); // five minutes on the one-line opening step
  await expect(hint).toHaveAttribute("data-pace", "behind");
  await expect(hint).toContainText("behind plan");
  await audience.keyboard.press("End"); // the last step, five minutes into twenty
  await consolePage.clock.runFor(100); // the paused clock lets the audience draw the step: a frame or two
  await expectInSync(audience, consolePage, n - 1);
  await expect(hint).toHaveAttribute("data-pace", "ahead");
  await expect(hint).toContainText("ahead of plan");
});

test("the console shows the time on the step beside the total, and paces against a rehearsal once recorded", async ({ context }) => {
  await context.clock.install({ time: new Date("2026-06-16T09:00:00Z") });
  const { audience, console: consolePage } = await openPair(context, states[0].id);
  await consolePage.clock.pauseAt(new Date("2026-06-16T09:00:30Z"));
  const total = consolePage.getByRole("timer", { name: "Elapsed time" });
  const onStep = consolePage.getByRole("timer", { name: "Time on this step" });
  const hint = consolePage.locator(".console-pace");
  await consolePage.locator(".console-timer-toggle").click();
  await consolePage.clock.runFor(30_000);
  await expect(total).toHaveText("0:30");
  await expect(onStep).toHaveText("0:30");
  const next = async (index: number) => {
    await audience.keyboard.press("ArrowRight");
    await consolePage.clock.runFor(100); // the paused clock lets the audience draw the step
    await expectInSync(audience, consolePage, index);
  };
  await next(1);
  await consolePage.clock.runFor(12_500); // the step's arrival falls within a frame or two: half a second of slack
  await expect(onStep).toHaveText("0:12");
  await expect(total).toHaveText("0:42");

  // Rehearse steps 2 and 3: 12 s already on step 2 plus 20 s more, then 60 s on step 3.
  await consolePage.getByLabel("Rehearsal: record each step's time").check();
  await consolePage.clock.runFor(20_000);
  await next(2);
  await consolePage.clock.runFor(60_000);
  await next(3);
  await consolePage.clock.runFor(5_000);
  await consolePage.getByLabel("Rehearsal: record each step's time").uncheck();
  // Stopping records the step on screen too (step 4, 5 s): three steps, about 32 + 60 + 5 s.
  await expect(consolePage.getByRole("button", { name: /^Forget the rehearsal \(3 steps, 1:3[78]\)$/ })).toBeVisible();

  // Pacing now follows the rehearsal: step 4's share ends at about 1:37, so at 2:07 the talk is behind.
  await expect(hint).toHaveAttribute("data-plan", "rehearsal");
  await expect(hint).toContainText("behind plan");
  await expect(hint).toContainText("(against your rehearsal)");
  await consolePage.reload();
  await expect(consolePage.getByRole("button", { name: /^Forget the rehearsal/ })).toBeVisible();
  await expect(hint).toHaveAttribute("data-plan", "rehearsal");
  await consolePage.getByRole("button", { name: /^Forget the rehearsal/ }).click();
  await expect(hint).toHaveAttribute("data-plan", "words");
});

test.describe("accessibility", () => {
  const violations = (results: Awaited<ReturnType<AxeBuilder["analyze"]>>) =>
    results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, " ")}`));

  test("the console has no WCAG 2.2 AA violations, waiting, connected, at the end and with a dialog open", async ({ context }) => {
    const found: string[] = [];
    const alone = await context.newPage();
    await alone.goto("/?mode=console");
    await expect(panel(alone)).toHaveAttribute("data-status", "waiting");
    found.push(...violations(await new AxeBuilder({ page: alone }).withTags(TAGS).analyze()).map((v) => `waiting: ${v}`));
    await alone.close();

    const { audience, console: consolePage } = await openPair(context, states[3].id);
    await waitForMap(consolePage);
    await consolePage.waitForTimeout(1300); // the preview lands (axe reads contrast)
    found.push(...violations(await new AxeBuilder({ page: consolePage }).withTags(TAGS).analyze()).map((v) => `connected: ${v}`));
    await audience.keyboard.press("b");
    await audience.keyboard.press("b");
    await audience.keyboard.press("End");
    await expectInSync(audience, consolePage, n - 1);
    found.push(...violations(await new AxeBuilder({ page: consolePage }).withTags(TAGS).analyze()).map((v) => `${lastStep.id}: ${v}`));
    await consolePage.keyboard.press("?");
    await expect(consolePage.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    found.push(...violations(await new AxeBuilder({ page: consolePage }).withTags(TAGS).analyze()).map((v) => `key map: ${v}`));
    expect(found).toEqual([]);
  });
});
