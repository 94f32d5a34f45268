// A chaotic reader, seeded and repeatable: hundreds of random actions (jumps to random scroll
// positions, smooth scrolls, flings, resizes, orientation swaps, #step= links, the Next and Previous
// buttons, reloads, and present mode where it exists). After each one settles, the active step must be
// the one under the reading line (or the target of a link or button), and the picture must be that
// step's picture, read from each scene's DOM contract; nothing may log an error or reject unhandled.
//
// CHAOS_SEED and CHAOS_ACTIONS override the seed and the count. It runs once, in its own Playwright
// project ("chaos", see playwright.config.ts). A failure prints the seed and the actions so far:
// rerun with the same seed to replay it exactly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { StepState } from "../../src/model/state.ts";
import { READING_LINE, waitForMap } from "./page.ts";
import { loaded, states } from "./story.ts";

const SEED = Number(process.env.CHAOS_SEED ?? 20260616);
const ACTIONS = Number(process.env.CHAOS_ACTIONS ?? 200);
const HAS_PRESENT = existsSync(join(process.cwd(), "src/modes/present"));

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "small phone", width: 320, height: 640 },
  { name: "phone landscape", width: 844, height: 390 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "desktop", width: 1280, height: 800 },
  { name: "wide", width: 1600, height: 900 },
] as const;

type Mode = "reading" | "present";
type Kind = "jump" | "smooth" | "fling" | "resize" | "rotate" | "hash" | "next" | "previous" | "reload" | "present" | "read";
/** Relative weights of each kind of action, by mode. Kinds a mode lacks are left out. */
const WEIGHTS: Record<Mode, Partial<Record<Kind, number>>> = {
  reading: { jump: 6, smooth: 3, fling: 3, resize: 3, rotate: 2, hash: 4, next: 3, previous: 2, reload: 1, ...(HAS_PRESENT ? { present: 1 } : {}) },
  present: { next: 4, previous: 3, hash: 2, resize: 2, rotate: 1, read: 2 },
};

const sorted = (ids: readonly string[]) => [...ids].sort().join(" ");
const words = (s: string | null) => sorted((s ?? "").split(" ").filter(Boolean));

/** The sea routes a map step draws: every named route, less those sized by a year's arrivals that it lacks. */
function drawnFlows(state: StepState): string[] {
  const map = state.map!;
  const arrivals = loaded.data.charts.find((c) => c.id === "arrivals");
  return map.flows.filter((id) => {
    const route = loaded.data.routes.find((r) => r.id === id) as { series?: string | null } | undefined;
    if (!route?.series) return true;
    const row = arrivals?.rows.find((r) => r.key === map.year);
    return row !== undefined && (row.values as Record<string, number | null>)[route.series] != null;
  });
}

/** The scene's DOM contract for a step, as the page should show it (sets are compared sorted). */
function expectedPicture(state: StepState): Record<string, string> {
  const host = { scene: state.scene, step: state.id };
  if (state.scene === "map") {
    const m = state.map!;
    return {
      ...host,
      highlight: sorted(m.highlight),
      threat: sorted(m.threat),
      borders: sorted(m.borders),
      places: sorted(m.places),
      labels: sorted(m.labels),
      flows: sorted(drawnFlows(state)),
      notes: sorted(m.notes),
    };
  }
  if (state.scene === "alliances") {
    const a = state.alliances!;
    return { ...host, actors: sorted(a.actors), relations: sorted(a.relations), focus: sorted(a.focus) };
  }
  if (state.scene === "chart") {
    const c = state.chart!;
    return { ...host, chart: c.id, highlight: sorted(c.highlight) };
  }
  const t = state.timeline!;
  return { ...host, events: sorted(t.events), focus: sorted(t.focus) };
}

interface Observed {
  /** main#story[data-step] */
  active: string;
  /** The step under the reading line, measured from layout (the rule of stepUnderReadingLine in page.ts). */
  underLine: string;
  /** Steps with aria-current. */
  current: string[];
  /** section.present-deck[data-step], in present mode. */
  deck: string | null;
  /** The stage's scene, its host's step, and the active scene's data attributes. */
  picture: Record<string, string | null>;
  /** main#story[data-layout]; when "stacked" the stage is not shown and each passage has its still image. */
  layout: string;
  /** The still image in the active passage (its src), when stacked. */
  still: string | null;
}

/** Everything the checks read, in one round trip. */
function observe(page: Page): Promise<Observed> {
  return page.evaluate((line) => {
    const steps = [...document.querySelectorAll<HTMLElement>("section.step")];
    let underLine = steps[0].dataset.stepId!;
    for (const step of steps) if (step.getBoundingClientRect().top <= window.innerHeight * line + 1) underLine = step.dataset.stepId!;
    const scenes = document.querySelector<HTMLElement>("main#story .scenes")!;
    const scene = scenes.dataset.scene ?? "";
    const host = document.querySelector<HTMLElement>(`.scene-${scene}.is-active`);
    const svg = host?.querySelector("svg");
    const a = (name: string) => svg?.getAttribute(`data-${name}`) ?? null;
    const names: Record<string, string[]> = {
      map: ["highlight", "threat", "borders", "places", "labels", "flows", "notes"],
      alliances: ["actors", "relations", "focus"],
      chart: ["chart", "highlight"],
      timeline: ["events", "focus"],
    };
    return {
      active: document.querySelector("main#story")?.getAttribute("data-step") ?? "",
      underLine,
      current: steps.filter((s) => s.hasAttribute("aria-current")).map((s) => s.dataset.stepId!),
      deck: document.querySelector("section.present-deck")?.getAttribute("data-step") ?? null,
      picture: Object.fromEntries([["scene", scene], ["step", host?.dataset.step ?? null], ...(names[scene] ?? []).map((n) => [n, a(n)])]),
      layout: document.querySelector<HTMLElement>("main#story")?.dataset.layout ?? "",
      still: document.querySelector<HTMLImageElement>("section.step[aria-current] img.static-graphic")?.getAttribute("src") ?? null,
    };
  }, READING_LINE);
}

/** Everything that moves, in one string: two equal reads 300 ms apart mean the page has settled. */
function motion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const svg = document.querySelector(".scene.is-active svg");
    return JSON.stringify([
      Math.round(window.scrollY),
      window.innerWidth,
      window.innerHeight,
      document.querySelector("main#story")?.getAttribute("data-step"),
      document.querySelector("main#story .scenes")?.getAttribute("data-step"),
      svg ? [...svg.attributes].map((x) => `${x.name}=${x.value}`).join(" ") : null,
      svg?.querySelector("g.world")?.getAttribute("transform") ?? null,
      (svg as SVGSVGElement | null)?.style.transform ?? null,
      document.getAnimations().filter((x) => x.playState === "running").length,
    ]);
  });
}

async function settle(page: Page): Promise<void> {
  let previous = "";
  await expect
    .poll(
      async () => {
        const now = await motion(page);
        const same = now === previous;
        previous = now;
        return same;
      },
      { message: "the page should settle", intervals: [300], timeout: 20_000 },
    )
    .toBe(true);
}

test("a chaotic reader: random actions from a fixed seed, each settling on the right step and picture", async ({ page }) => {
  test.setTimeout(8 * 60_000);
  const random = mulberry32(SEED);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const log: string[] = [];
  console.log(`chaos: seed ${SEED}, ${ACTIONS} actions, present mode ${HAS_PRESENT ? "included" : "absent (skipped)"}`);
  test.info().annotations.push({ type: "chaos", description: `seed ${SEED}, ${ACTIONS} actions` });

  // Console errors and uncaught exceptions across reloads; unhandled rejections are logged as errors.
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.addEventListener("unhandledrejection", (e) => console.error(`unhandled rejection: ${String(e.reason)}`));
  });

  let mode: Mode = "reading";
  let size: { width: number; height: number } = { width: 1280, height: 800 };
  await page.setViewportSize(size);
  await page.goto("/");
  await waitForMap(page);

  const current = async () => (await page.locator("main#story").getAttribute("data-step")) ?? "";
  const indexOf = (id: string) => states.findIndex((s) => s.id === id);
  const open = async (url: string) => {
    await page.goto(url);
    await waitForMap(page);
  };

  const kinds = (m: Mode) => Object.entries(WEIGHTS[m]) as [Kind, number][];
  const choose = (m: Mode): Kind => {
    const list = kinds(m);
    let r = random() * list.reduce((sum, [, w]) => sum + w, 0);
    for (const [kind, w] of list) if ((r -= w) < 0) return kind;
    return list[list.length - 1][0];
  };

  for (let n = 1; n <= ACTIONS; n++) {
    const kind = choose(mode);
    let target: string | null = null; // a link or button says where the page must land
    let what: string = kind;
    switch (kind) {
      case "jump": {
        const f = random();
        await page.evaluate((f) => window.scrollTo({ top: f * (document.documentElement.scrollHeight - innerHeight), behavior: "instant" }), f);
        what = `jump to ${(f * 100).toFixed(1)}%`;
        break;
      }
      case "smooth": {
        const f = random();
        await page.evaluate((f) => window.scrollTo({ top: f * (document.documentElement.scrollHeight - innerHeight), behavior: "smooth" }), f);
        what = `smooth scroll to ${(f * 100).toFixed(1)}%`;
        break;
      }
      case "fling": {
        const down = random() < 0.5;
        const f = random();
        await page.evaluate(
          async ([down, f]) => {
            const max = document.documentElement.scrollHeight - innerHeight;
            window.scrollTo({ top: down ? max : 0, behavior: "instant" });
            await new Promise(requestAnimationFrame);
            window.scrollTo({ top: f * max, behavior: "instant" });
          },
          [down, f] as const,
        );
        what = `fling to the ${down ? "bottom" : "top"} and back to ${(f * 100).toFixed(1)}%`;
        break;
      }
      case "resize": {
        const s = pick(SIZES);
        size = { width: s.width, height: s.height };
        await page.setViewportSize(size);
        what = `resize to ${s.name} ${s.width}x${s.height}`;
        break;
      }
      case "rotate": {
        size = { width: size.height, height: size.width };
        await page.setViewportSize(size);
        what = `rotate to ${size.width}x${size.height}`;
        break;
      }
      case "hash": {
        target = pick(states).id;
        await page.evaluate((id) => (location.hash = `#step=${id}`), target);
        what = `#step=${target}`;
        break;
      }
      case "next":
      case "previous": {
        const from = indexOf(await current());
        const to = Math.max(0, Math.min(states.length - 1, from + (kind === "next" ? 1 : -1)));
        target = states[to].id;
        if (mode === "present") await page.keyboard.press(kind === "next" ? "ArrowRight" : "ArrowLeft");
        else {
          const button = page.locator(`.stepper [data-go="${kind === "next" ? "next" : "prev"}"]`);
          // The stacked layout (a screen too short for the graphic) puts the step buttons away.
          if (!(await button.isVisible())) target = states[from].id;
          else if (await button.isEnabled()) await button.click();
        }
        what = `${kind} (${mode === "present" ? "key" : "button"}) from ${states[from].id}`;
        break;
      }
      case "reload": {
        const hash = new URL(page.url()).hash;
        target = /^#step=/.test(hash) ? hash.slice(6) : null;
        await page.reload();
        await waitForMap(page);
        what = `reload at ${hash || "(no hash)"}`;
        break;
      }
      case "present":
      case "read": {
        target = await current();
        mode = kind === "present" ? "present" : "reading";
        await open(`/${mode === "present" ? "?mode=present" : ""}#step=${target}`);
        what = `${mode === "present" ? "open present mode" : "back to reading"} at ${target}`;
        break;
      }
    }
    log.push(`${n}. ${what}`);

    await test.step(`${n}. ${what}`, async () => {
      await settle(page);
      const seen = await observe(page);
      const active = seen.active;
      const context = `after ${n} actions (seed ${SEED}):\n${log.slice(-8).join("\n")}`;
      if (target !== null) expect(active, `the link or button's step, ${context}`).toBe(target);
      if (mode === "reading") expect(active, `the step under the reading line (${READING_LINE * 100}%), ${context}`).toBe(seen.underLine);
      else expect(seen.deck, `the present deck's step, ${context}`).toBe(active);
      const state = states[indexOf(active)];
      expect(state, `a known step, ${context}`).toBeDefined();
      expect(seen.current, `aria-current, ${context}`).toEqual([active]);
      if (mode === "reading" && seen.layout === "stacked") expect(seen.still, `the still image in the stacked passage ${active}, ${context}`).toBe(`static/${active}.svg`);
      else {
        const read = Object.fromEntries(Object.entries(seen.picture).map(([k, v]) => [k, k === "scene" || k === "step" || k === "chart" ? v : words(v)]));
        expect(read, `the picture for ${active}, ${context}`).toEqual(expectedPicture(state));
      }
      expect(problems, `console errors, page errors, unhandled rejections, ${context}`).toEqual([]);
    });
  }
  console.log(`chaos: seed ${SEED}, ${ACTIONS} actions, all settled on the right step and picture`);
});
