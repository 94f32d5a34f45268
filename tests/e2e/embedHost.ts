// Helpers for the embed tests: the host pages (tests/embed/serve.mjs) on their own origins, and one
// way to read and scroll the piece whether it sits in a shadow root or in an iframe.
import { expect, type Frame, type Page } from "@playwright/test";
import { PAST_LINE, READING_LINE } from "./page.ts";
import { states } from "./story.ts";

const port = (name: string, fallback: string) => process.env[name] ?? fallback;
export const STORY = `http://127.0.0.1:${port("STORY_PORT", "4173")}`;
export const HOST = `http://127.0.0.1:${port("HOST_PORT", "4177")}`;
export const THIRD = `http://127.0.0.1:${port("THIRD_PORT", "4178")}`;

/** A few passages through the story: the second, the middle one, the last but one. */
export const probeSteps = [states[1], states[Math.floor(states.length / 2)], states[states.length - 2]];

/** The mode embed.js chose for the snippet: "shadow" or "iframe" (and why, for an iframe). */
export async function embedState(page: Page): Promise<{ state?: string; reason?: string }> {
  return page.locator(".xstory").evaluate((c: HTMLElement) => ({ state: c.dataset.xstoryState, reason: c.dataset.xstoryReason }));
}

export interface Piece {
  /** The active step's id (main#story[data-step]). */
  step(): Promise<string | undefined>;
  /** Scrolls the host page so that the step's top is just past the reading line. */
  scrollTo(id: string): Promise<void>;
  /** The top of the graphic's stage, in the host's viewport. */
  stageTop(): Promise<number>;
}

export function shadowPiece(page: Page): Piece {
  return {
    step: () => page.evaluate(() => document.querySelector("xstory-embed")!.shadowRoot!.getElementById("story")!.dataset.step),
    scrollTo: (id) =>
      page.evaluate(
        ([id, line, past]) => {
          const step = document.querySelector("xstory-embed")!.shadowRoot!.getElementById(`step-${id}`)!;
          window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - innerHeight * line + past, behavior: "instant" });
        },
        [id, READING_LINE, PAST_LINE] as const,
      ),
    stageTop: () => page.evaluate(() => document.querySelector("xstory-embed")!.shadowRoot!.querySelector(".stage")!.getBoundingClientRect().top),
  };
}

/** The piece's frame on the host page. */
export async function storyFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${STORY}/`))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(`${STORY}/`))!;
}

export function framePiece(page: Page, frame: Frame, iframe = `iframe[src^="${STORY}/"]`): Piece {
  const iframeTop = () => page.locator(iframe).evaluate((el) => el.getBoundingClientRect().top);
  return {
    step: () => frame.evaluate(() => document.getElementById("story")!.dataset.step),
    async scrollTo(id) {
      // The frame does not scroll: its viewport is its whole document, so its rects are document positions.
      const top = await frame.evaluate((id) => document.getElementById(`step-${id}`)!.getBoundingClientRect().top, id);
      await page.locator(iframe).evaluate((el, [top, line, past]) => {
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + top - innerHeight * line + past, behavior: "instant" });
      }, [top, READING_LINE, PAST_LINE] as const);
    },
    async stageTop() {
      const inFrame = await frame.evaluate(() => document.querySelector(".stage")!.getBoundingClientRect().top);
      return (await iframeTop()) + inFrame;
    },
  };
}

/** Scrolls through the probe steps: each becomes active, and the graphic stays pinned at `pinnedAt`. */
export async function expectScrollytelling(piece: Piece, pinnedAt: number): Promise<void> {
  for (const state of probeSteps) {
    await piece.scrollTo(state.id);
    await expect.poll(() => piece.step(), { message: `step ${state.id} is active` }).toBe(state.id);
    await expect.poll(() => piece.stageTop(), { message: `the graphic is pinned at ${pinnedAt}px at ${state.id}` }).toBeCloseTo(pinnedAt, 0);
  }
}

/** The iframe's height and the height of the document inside it. */
export async function heights(page: Page, frame: Frame, iframe = `iframe[src^="${STORY}/"]`): Promise<{ iframe: number; content: number }> {
  return {
    iframe: await page.locator(iframe).evaluate((el) => el.getBoundingClientRect().height),
    content: await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
  };
}
