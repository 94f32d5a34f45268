// The events embed.js dispatches for the host page (EMBEDDING.md, "Events for the host page"), heard
// the way a newsroom's script would: listeners on the host's document, which only bubbling events reach.
import { expect, test, type Page } from "@playwright/test";
import { states } from "./story.ts";
import { embedState, framePiece, HOST, shadowPiece, storyFrame, THIRD, type Piece } from "./embedHost.ts";

interface Heard {
  type: string;
  v?: number;
  mode?: string;
  reason?: string;
  id?: string;
  index?: number;
  count?: number;
}

/** Listens on the host's document, from before any script of the page runs. */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
    for (const type of ["xstory:mounted", "xstory:failed", "xstory:step", "xstory:end"]) {
      document.addEventListener(type, (event) => heard.push({ type, ...(event as CustomEvent).detail }));
    }
  });
}

const heard = (page: Page, type?: string): Promise<Heard[]> =>
  page.evaluate((type) => (window as unknown as { heard: Heard[] }).heard.filter((e) => !type || e.type === type), type);

/** Two animation frames on the host: long enough for an observer or a message to have had its effect. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function readEveryStep(piece: Piece): Promise<void> {
  for (const state of states) {
    await piece.scrollTo(state.id);
    await expect.poll(() => piece.step(), { message: `step ${state.id} is active` }).toBe(state.id);
  }
}

const everyStep = states.map((s, index) => ({ type: "xstory:step", v: 1, id: s.id, index, count: states.length }));
const last = everyStep[everyStep.length - 1];

for (const mode of ["shadow", "iframe"] as const) {
  test(`in ${mode} mode the host hears mounted, every step once in order, and the end once`, async ({ page }) => {
    await listen(page);
    await page.goto(`${HOST}/${mode === "shadow" ? "news" : "bridge"}.html`);
    await expect.poll(() => heard(page, "xstory:mounted")).toEqual([{ type: "xstory:mounted", v: 1, mode }]);
    const piece = mode === "shadow" ? shadowPiece(page) : framePiece(page, await storyFrame(page));
    await readEveryStep(piece);
    await expect.poll(() => heard(page, "xstory:end")).toEqual([{ ...last, type: "xstory:end" }]);
    expect(await heard(page, "xstory:step")).toEqual(everyStep);

    // Back up to the first step: the steps are told again, the end is not.
    await piece.scrollTo(states[0].id);
    await expect.poll(async () => (await heard(page, "xstory:step")).at(-1)?.id).toBe(states[0].id);
    expect(await heard(page, "xstory:end")).toHaveLength(1);
    expect(await heard(page, "xstory:failed")).toEqual([]);
  });
}

for (const [host, mode] of [["below-fold-eager", "shadow"], ["below-fold-frame", "iframe"]] as const) {
  test(`in ${mode} mode no step is told while the piece is off screen, and its step is told when the reader reaches it`, async ({ page }) => {
    await listen(page);
    await page.goto(`${HOST}/${host}.html`);
    await expect.poll(() => heard(page, "xstory:mounted")).toEqual([{ type: "xstory:mounted", v: 1, mode }]);
    const piece = mode === "shadow" ? shadowPiece(page) : framePiece(page, await storyFrame(page));
    await expect.poll(() => piece.step(), "the piece has picked its first step, ten screens below the reader").toBe(states[0].id);
    await page.waitForLoadState("networkidle");
    await settle(page);
    expect(await heard(page, "xstory:step")).toEqual([]);

    await piece.scrollTo(states[0].id);
    await expect.poll(() => heard(page, "xstory:step")).toEqual([everyStep[0]]);
  });
}

test("a data-src that is not http(s) is a failure the host hears, and the link stays", async ({ page }) => {
  await listen(page);
  await page.goto(`${HOST}/invalid-src.html`);
  await expect.poll(() => heard(page, "xstory:failed")).toEqual([{ type: "xstory:failed", v: 1, reason: "invalid-src" }]);
  await expect(page.locator(".xstory > a")).toBeVisible();
  expect(await heard(page, "xstory:mounted")).toEqual([]);
});

test("a frame from which no piece speaks is a failure the host hears, and the link comes back", async ({ page }) => {
  await listen(page);
  await page.goto(`${HOST}/silent-frame.html`);
  await expect.poll(() => heard(page, "xstory:failed"), { timeout: 20_000 }).toEqual([{ type: "xstory:failed", v: 1, reason: "frame-silent" }]);
  expect((await embedState(page)).state).toBe("failed");
  await expect(page.locator(".xstory > a")).toBeVisible();
  expect(await heard(page, "xstory:mounted")).toEqual([]);
});

test("a third origin posting a step message is not relayed to the host", async ({ page }) => {
  await listen(page);
  await page.goto(`${HOST}/third-party.html`);
  await expect.poll(() => heard(page, "xstory:mounted")).toHaveLength(1);
  const third = page.frames().find((f) => f.url().startsWith(`${THIRD}/`))!;
  await third.evaluate(() => {
    const forged = { xstory: 1, type: "step", id: "forged", index: 27, count: 28 };
    const all = [window.parent, ...Array.from({ length: window.parent.frames.length }, (_, i) => window.parent.frames[i])];
    for (const w of all) w.postMessage(forged, "*");
  });
  await settle(page);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // a message listener runs in its own task
  expect((await heard(page)).filter((e) => e.id === "forged")).toEqual([]);
});
