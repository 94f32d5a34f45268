// The piece embedded in host pages on another origin (EMBEDDING.md): the snippet as documented,
// the real pym.js parent, a host that breaks sticky, and a third origin that imitates our messages.
// Host pages: tests/embed/hosts/, served by tests/embed/serve.mjs on a second and a third port.
import { expect, test } from "@playwright/test";
import { watchForErrors } from "./page.ts";
import { states } from "./story.ts";
import { embedState, expectScrollytelling, framePiece, heights, HOST, probeSteps, shadowPiece, STORY, storyFrame, THIRD } from "./embedHost.ts";

const RED = "rgb(255, 0, 0)";
const HEADER = 60; // the host's sticky header, given to the piece as --xstory-top

test.describe("the snippet in a news page with its own CSS", () => {
  test("mounts the piece once in a shadow root, whose steps follow the host's scroll below its sticky header", async ({ page }) => {
    const problems = watchForErrors(page);
    await page.goto(`${HOST}/news.html`);
    await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
    await expect(page.locator("xstory-embed"), "embed.js is pasted twice, the piece mounted once").toHaveCount(1);
    await expect(page.locator(".xstory > a"), "the no-JavaScript link gives way to the piece").toBeHidden();
    await expectScrollytelling(shadowPiece(page), HEADER);
    expect(problems).toEqual([]);
  });

  test("lets no style through in either direction", async ({ page }) => {
    await page.goto(`${HOST}/news.html`);
    await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
    await shadowPiece(page).scrollTo(probeSteps[0].id);
    await page.evaluate(() => document.fonts.ready);

    const inside = await page.evaluate((id) => {
      const passage = document.querySelector("xstory-embed")!.shadowRoot!.querySelector(`#step-${id} .passage`)!;
      const s = getComputedStyle(passage);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, spacing: s.letterSpacing, align: s.textAlign };
    }, probeSteps[0].id);
    // The host sets * { color: red; font-family: Comic Sans; letter-spacing: 1px }, html { font-size: 22px }
    // and body { text-align: center }: none of it reaches the passage.
    expect(inside).toEqual({ color: "rgb(31, 29, 26)", font: expect.stringContaining('"xstory Source Serif 4"'), size: "19px", spacing: "normal", align: "start" });

    const outside = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById("host-after")!); // class="step kicker passage", like ours
      return { color: s.color, font: s.fontFamily, size: s.fontSize, body: getComputedStyle(document.body).backgroundColor };
    });
    expect(outside).toEqual({ color: RED, font: expect.stringContaining("Comic Sans"), size: "22px", body: "rgba(0, 0, 0, 0)" });

    // Our faces are declared on the host document only under namespaced names, and they do load.
    const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, status: f.status })));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every((f) => f.family.startsWith('"xstory ') || f.family.startsWith("xstory "))).toBe(true);
    expect(faces.some((f) => f.status === "loaded")).toBe(true);
  });
});

test("resizing the window while the reader is elsewhere in the host's article leaves the host's scroll alone", async ({ page }) => {
  await page.goto(`${HOST}/news.html`);
  await expect.poll(async () => (await embedState(page)).state).toBe("shadow");
  await expect.poll(() => shadowPiece(page).step()).toBe(states[0].id);
  await page.setViewportSize({ width: 900, height: 700 }); // the piece's graphic resizes with the window
  await expect.poll(() => page.evaluate(() => document.querySelector("xstory-embed")!.shadowRoot!.querySelector(".scenes")!.clientHeight)).toBeLessThan(700);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY), "the host page stays at its top").toBe(0);
});

test("an iframe through our own loader is sized to its content and follows the host's scroll", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`${HOST}/bridge.html`);
  await expect.poll(async () => (await embedState(page)).state).toBe("iframe");
  await expect(page.locator(`iframe[src^="${STORY}/"]`)).toHaveAttribute("title", "Open the interactive story");
  const frame = await storyFrame(page);
  await expect.poll(async () => { const h = await heights(page, frame); return h.iframe - h.content; }).toBe(0);
  await expectScrollytelling(framePiece(page, frame), HEADER);
  await expect(frame.locator('.sources a[href^="https://"]').first(), "a source opens beside the piece, not in its place").toHaveAttribute("target", "_blank");

  // A narrower page reflows the piece: the iframe follows its new height.
  const before = (await heights(page, frame)).content;
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(async () => (await heights(page, frame)).content).not.toBe(before);
  await expect.poll(async () => { const h = await heights(page, frame); return h.iframe - h.content; }).toBe(0);
  expect(problems).toEqual([]);
});

for (const [page_, how] of [["pym", "with trackscroll"], ["pym-notrack", "without trackscroll, asked on each change the frame sees"]] as const) {
  test(`an iframe through the real pym.js parent (${how}) is sized by pym and follows the host's scroll`, async ({ page }) => {
    const problems = watchForErrors(page);
    await page.goto(`${HOST}/${page_}.html`);
    const frame = await storyFrame(page);
    const iframe = "#story-embed iframe";
    await expect(page.locator(iframe)).toHaveAttribute("title", "The interactive story");
    await expect.poll(async () => { const h = await heights(page, frame, iframe); return h.iframe - h.content; }).toBe(0);
    await page.locator(iframe).scrollIntoViewIfNeeded();
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.frameView)).toBe("pym");
    await expectScrollytelling(framePiece(page, frame, iframe), 0);
    expect(problems).toEqual([]);
  });
}

test("a host ancestor with overflow: hidden sends the piece to the iframe bridge, where it still works", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`${HOST}/overflow.html`);
  await expect.poll(() => embedState(page)).toEqual({ state: "iframe", reason: "overflow: hidden hidden" });
  await expect(page.locator("xstory-embed")).toHaveCount(0);
  const frame = await storyFrame(page);
  await expectScrollytelling(framePiece(page, frame), HEADER);
  expect(problems).toEqual([]);
});

test("a third origin posting look-alike messages changes nothing", async ({ page }) => {
  await page.goto(`${HOST}/third-party.html`);
  await expect.poll(async () => (await embedState(page)).state).toBe("iframe");
  const frame = await storyFrame(page);
  const piece = framePiece(page, frame);
  const target = probeSteps[1];
  await piece.scrollTo(target.id);
  await expect.poll(() => piece.step()).toBe(target.id);
  await expect.poll(async () => { const h = await heights(page, frame); return h.iframe - h.content; }).toBe(0);
  const before = { step: await piece.step(), height: (await heights(page, frame)).iframe, stage: await piece.stageTop() };

  const third = page.frames().find((f) => f.url().startsWith(`${THIRD}/`))!;
  const forged = {
    height: { xstory: 1, type: "height", height: 50 },
    viewport: { xstory: 1, type: "viewport", rectTop: 100, viewHeight: 800, visualTop: 0, visualHeight: 800, inset: 0 },
  };
  await third.evaluate((forged) => {
    const all = [window.parent, ...Array.from({ length: window.parent.frames.length }, (_, i) => window.parent.frames[i])];
    for (const w of all) {
      w.postMessage(forged.height, "*");
      w.postMessage(forged.viewport, "*");
      w.postMessage("pymxPYMxstory-embedxPYMxheightxPYMx50", "*");
      w.postMessage({ sentinel: "amp", type: "embed-size", height: 50 }, "*");
    }
  }, forged);
  await page.waitForTimeout(500); // the listeners run at once; give a frame or two for any effect to show
  expect({ step: await piece.step(), height: (await heights(page, frame)).iframe, stage: await piece.stageTop() }).toEqual(before);

  // The same viewport message from the host itself, the frame's real parent, is obeyed: the forgeries
  // were well-formed, and were refused for who sent them.
  await page.locator(`iframe[src^="${STORY}/"]`).evaluate((el: HTMLIFrameElement, [viewport, origin]) => el.contentWindow!.postMessage(viewport, origin), [forged.viewport, STORY] as const);
  await expect.poll(() => piece.step()).toBe(states[0].id); // rectTop 100: the frame starts below the reading line
});

test("a bare iframe, with nothing on the host to help, speaks the CMS height dialects and measures its own visible band", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`${HOST}/bare.html`);
  const frame = await storyFrame(page);
  const iframe = "#bare";
  // The host applies AMP embed-size, as amp-iframe does: the frame ends up exactly as tall as its content.
  await expect.poll(async () => { const h = await heights(page, frame, iframe); return h.iframe - h.content; }).toBe(0);
  const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
  const content = (await heights(page, frame, iframe)).content;
  expect(received).toContainEqual({ sentinel: "amp", type: "embed-size", height: content });
  expect(received).toContainEqual(JSON.stringify({ src: `${STORY}/?embed=1`, context: "iframe.resize", height: content }));
  expect(received).toContainEqual({ "datawrapper-height": { xstory: content } });
  expect(received.some((m) => typeof m === "string" && m.startsWith("pymxPYMx")), "no pym message without a pym childId").toBe(false);

  // The frame can only measure itself once it is on screen, and it lays itself out for the viewport it finds.
  await page.locator(iframe).scrollIntoViewIfNeeded();
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.frameView)).toBe("measured");
  await expectScrollytelling(framePiece(page, frame, iframe), 0);
  expect(problems).toEqual([]);
});
