// A way past the piece for the host's readers (EMBEDDING.md, "A way past the piece"), with the keyboard
// only: the first Tab into the piece shows "Skip the interactive story"; Enter lands after the piece, and
// the next Tab reaches the host's own link after it.
import { expect, test, type Page } from "@playwright/test";
import { embedState, HOST } from "./embedHost.ts";

const NAME = "Skip the interactive story";

/** The focused element's id or text, and where it is on screen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { id: el.id, text: el.textContent?.trim(), top: r.top, bottom: r.bottom, width: r.width, height: r.height, onTop: hit === el, viewHeight: innerHeight };
  });

for (const [host, mode] of [["column-680", "shadow"], ["column-680-frame", "iframe"]] as const) {
  test(`in ${mode} mode the keyboard gets past the piece: the skip link shows on focus and lands after it`, async ({ page }) => {
    await page.goto(`${HOST}/${host}.html`);
    await expect.poll(async () => (await embedState(page)).state).toBe(mode);
    const skip = page.getByRole("link", { name: NAME });
    await expect(skip, "there for screen readers").toHaveCount(1);
    const unfocused = await skip.boundingBox();
    expect(unfocused!.width * unfocused!.height, "out of sight until focused").toBeLessThanOrEqual(1);

    await page.keyboard.press("Tab"); // nothing on the host page is focusable before the piece
    const link = await focused(page);
    expect(link.text).toBe(NAME);
    expect(link.width).toBeGreaterThan(100);
    expect(link.height).toBeGreaterThanOrEqual(24);
    expect(link.top).toBeGreaterThanOrEqual(0);
    expect(link.bottom).toBeLessThanOrEqual(link.viewHeight);
    expect(link.onTop, "nothing covers it").toBe(true);

    await page.keyboard.press("Enter");
    const landing = await focused(page);
    expect(landing.id).toMatch(/^xstory-after-\d+$/);
    expect(landing.top, "the landing is on screen").toBeGreaterThanOrEqual(0);
    expect(landing.top).toBeLessThanOrEqual(landing.viewHeight);
    const pieceBottom = await page.locator(".xstory").evaluate((el) => el.getBoundingClientRect().bottom);
    expect(pieceBottom, "the piece is above the landing").toBeLessThanOrEqual(landing.top + 1);
    expect(page.url(), "the host's address is unchanged").toBe(`${HOST}/${host}.html`);

    await page.keyboard.press("Tab");
    expect((await focused(page)).id, "the next Tab reaches the host's article after the piece").toBe("host-link-after");
    expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
  });
}
