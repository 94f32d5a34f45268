// Keyboard and motor access: step buttons, tab order, focus never hidden, nothing moving in reduced motion.
import { expect, test } from "@playwright/test";
import { waitForMap } from "./page.ts";
import { states } from "./story.ts";

const active = (page: import("@playwright/test").Page) => page.locator("main#story").getAttribute("data-step");

test("the Next and Previous buttons move exactly one step, announce it once and focus the passage", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const next = page.getByRole("button", { name: "Next passage" });
  const previous = page.getByRole("button", { name: "Previous passage" });
  await expect(previous).toBeDisabled();
  for (let i = 1; i <= 5; i++) {
    await next.click();
    await expect(page.locator("main#story")).toHaveAttribute("data-step", states[i].id);
    await expect(page.locator(`section.step[data-step-id="${states[i].id}"]`)).toBeFocused();
    await expect(page.locator(".announcer")).toHaveText(`Step ${i + 1} of ${states.length}: ${states[i].title}`);
  }
  await previous.click();
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[4].id);
  // After the click the page has settled on that step: scrolling did not carry it further.
  await page.waitForTimeout(600);
  expect(await active(page)).toBe(states[4].id);
});

test("the step buttons reach the last step and stop there", async ({ page }) => {
  await page.goto(`/#step=${states[states.length - 2].id}`);
  await waitForMap(page);
  const next = page.getByRole("button", { name: "Next passage" });
  await next.click();
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[states.length - 1].id);
  await expect(next).toBeDisabled();
});

test("the step buttons keep their place as the count goes from one digit to two", async ({ page }) => {
  await page.goto(`/#step=${states[8].id}`);
  await waitForMap(page);
  const previous = page.getByRole("button", { name: "Previous passage" });
  const before = await previous.boundingBox();
  await page.getByRole("button", { name: "Next passage" }).click();
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[9].id);
  expect(await previous.boundingBox()).toEqual(before);
});

test("at 320 px the step buttons still move exactly one step and the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Next passage" }).click();
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[1].id);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("every control is at least 24 by 24 pixels", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const small = await page.locator("main#story button, .skip-link").evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null).flatMap((el) => {
      // A link that wraps has several line boxes; the centre of its first one is surely on it.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return r.width < 24 || r.height < 24 ? [`${el.textContent} ${r.width}x${r.height}`] : [];
    }),
  );
  expect(small).toEqual([]);
});

test("tabbing through the page never leaves the focused element hidden under something else", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await waitForMap(page);
  const hidden: string[] = [];
  let stops = 0;
  for (; stops < 160; stops++) {
    await page.keyboard.press("Tab");
    const report = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true, ok: true, what: "" };
      // A link that wraps has several line boxes; the centre of its first one is surely on it. A box
      // taller than a third of the screen (a table that scrolls in its own box) is seen by its top:
      // the point a line's height inside its top edge.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.height > innerHeight / 3 ? r.top + 24 : r.top + r.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const visible = r.width > 2 && r.height > 2;
      return { done: false, ok: visible && !!hit && (hit === el || el.contains(hit)), what: `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)} hit ${hit?.tagName}.${hit?.className}` };
    });
    if (report.done) break;
    if (!report.ok) hidden.push(report.what);
  }
  expect(stops, "there should be tab stops").toBeGreaterThan(10);
  expect(hidden, "focused elements that were covered or invisible").toEqual([]);
});

test("single-character keys do nothing while reading", async ({ page }) => {
  await page.goto(`/#step=${states[3].id}`);
  await waitForMap(page);
  const before = await page.evaluate(() => [window.scrollY, document.querySelector("main#story")!.getAttribute("data-step")]);
  for (const key of ["b", "f", "s", "o", "g", ".", "/", "v"]) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => [window.scrollY, document.querySelector("main#story")!.getAttribute("data-step")])).toEqual(before);
});

test("with motion allowed, the Next button flies the camera: a frame later it is on its way, then it lands", async ({ page }) => {
  // A map step followed by another map step whose camera is elsewhere (a different focus).
  const i = states.findIndex((s, j) => s.scene === "map" && states[j + 1]?.scene === "map" && JSON.stringify(s.map?.focus) !== JSON.stringify(states[j + 1].map?.focus));
  expect(i, "a pair of map steps with different cameras").toBeGreaterThanOrEqual(0);
  await page.goto(`/#step=${states[i].id}`);
  await waitForMap(page);
  await page.waitForLoadState("networkidle"); // the tween engine is a chunk of its own, loaded at start
  // Measured in the page, a frame after the click: a busy machine must not let the flight end unseen.
  const flight = await page.evaluate(async () => {
    const svg = document.querySelector("svg.map")!;
    const offTarget = () => {
      const [x, y, k] = svg.getAttribute("data-camera")!.split(" ").map(Number);
      const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(svg.querySelector("g.world")!.getAttribute("transform")!)!;
      return Math.abs(Number(m[1]) - x) > 0.5 || Math.abs(Number(m[2]) - y) > 0.5 || Math.abs(Number(m[3]) - k) > 0.002;
    };
    document.querySelector<HTMLButtonElement>('.stepper [data-go="next"]')!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const midway = offTarget();
    const start = performance.now();
    while (offTarget() && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 50));
    return { midway, landed: !offTarget() };
  });
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[i + 1].id);
  expect(flight).toEqual({ midway: true, landed: true });
});

test("a step change during a flight carries the flight on from where it is, without drawing the world again first", async ({ page }) => {
  // Three map steps in a row: the second's flight is interrupted by the third.
  const i = states.findIndex((s, j) => [s, states[j + 1], states[j + 2]].every((t) => t?.scene === "map"));
  expect(i, "three map steps in a row").toBeGreaterThanOrEqual(0);
  await page.goto(`/#step=${states[i].id}`);
  await waitForMap(page);
  await page.waitForLoadState("networkidle"); // the tween engine is a chunk of its own, loaded at start
  const result = await page.evaluate(async () => {
    const svg = document.querySelector<SVGSVGElement>("svg.map")!;
    const world = svg.querySelector("g.world")!;
    const next = document.querySelector<HTMLButtonElement>('.stepper [data-go="next"]')!;
    const onTarget = () => {
      const [x, y, k] = svg.getAttribute("data-camera")!.split(" ").map(Number);
      const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(world.getAttribute("transform")!)!;
      return Math.abs(Number(m[1]) - x) < 0.5 && Math.abs(Number(m[2]) - y) < 0.5 && Math.abs(Number(m[3]) - k) < 0.002 && svg.style.transform === "";
    };
    next.click();
    // Two frames and the scroll observer's callbacks for the scroll the click made (a late one would move
    // the step back to the one it saw): the flight has begun and goes on for at least 0.6 s.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 100));
    const midFlight = !onTarget();
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { attributes: true, subtree: true });
    // The step change's writes: those made in the click, and those made in the next frame after the frame
    // callbacks asked for before the click (the running flight's tick, whose writes are dropped here) and
    // before those asked for after it (the listeners hear the change there: src/controller.ts).
    requestAnimationFrame(() => void observer.takeRecords());
    next.click();
    const inClick = observer.takeRecords();
    const [inFrame, stepDrawn] = await new Promise<[MutationRecord[], string]>((r) => requestAnimationFrame(() => r([observer.takeRecords(), document.querySelector<HTMLElement>("main#story")!.dataset.step!])));
    const writes = [...inClick, ...inFrame].filter((r) => (r.target === world && r.attributeName === "transform") || (r.target === svg && r.attributeName === "style"));
    observer.disconnect();
    const start = performance.now();
    while (!onTarget() && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 50));
    return { midFlight, stepDrawn, redrawsAtTheChange: writes.length, landed: onTarget() };
  });
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[i + 2].id);
  expect(result).toEqual({ midFlight: true, stepDrawn: states[i + 2].id, redrawsAtTheChange: 0, landed: true });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("a jump lands on its picture in the next frame: no camera flight, no tween", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const far = states.filter((s) => s.scene === "map").at(-1)!;
    const landed = await page.evaluate(async (id) => {
      location.hash = `#step=${id}`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const svg = document.querySelector("svg.map")!;
      const [x, y, k] = svg.getAttribute("data-camera")!.split(" ").map(Number);
      const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(svg.querySelector("g.world")!.getAttribute("transform")!)!;
      return Math.abs(Number(m[1]) - x) < 0.5 && Math.abs(Number(m[2]) - y) < 0.5 && Math.abs(Number(m[3]) - k) < 0.002;
    }, far.id);
    expect(landed).toBe(true);
  });

  test("no transition lasts longer than 0.2 s and nothing animates forever", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    for (const state of states.slice(0, 12)) {
      await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
      const slow = await page.evaluate(() => {
        const seconds = (v: string) => Math.max(...v.split(",").map((t) => (t.trim().endsWith("ms") ? parseFloat(t) / 1000 : parseFloat(t))));
        return [...document.querySelectorAll("main#story *")].flatMap((el) => {
          const cs = getComputedStyle(el);
          const longest = seconds(cs.transitionDuration) + seconds(cs.transitionDelay);
          return longest > 0.2 ? [`${el.tagName}.${el.getAttribute("class")}: ${cs.transitionDuration}`] : [];
        });
      });
      expect(slow, state.id).toEqual([]);
      const forever = await page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations === Infinity).length);
      expect(forever, state.id).toBe(0);
    }
  });

  test("a step change moves nothing: no CSS transition or animation starts, and the step's scene alone is shown", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const moving = new Set<string>();
    for (const state of states) {
      const seen = await page.evaluate(async ({ id, scene }) => {
        location.hash = `#step=${id}`;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const started = document.getAnimations().map((a) => {
          const el = (a.effect as KeyframeEffect).target as Element;
          const what = a instanceof CSSTransition ? a.transitionProperty : a.constructor.name;
          return `${el.tagName.toLowerCase()}.${el.classList[0] ?? ""} ${what}`;
        });
        // A scene change is a cut: in the frame after the change, the step's scene is the only one shown.
        const shown = [...document.querySelectorAll<HTMLElement>(".scene")].filter((s) => getComputedStyle(s).opacity !== "0").map((s) => s.dataset.scene);
        return { started, alone: shown.length === 1 && shown[0] === scene };
      }, { id: state.id, scene: state.scene });
      for (const s of seen.started) moving.add(s);
      expect(seen.alone, state.id).toBe(true);
    }
    expect([...moving]).toEqual([]);
  });
});

test("the Animations toggle turns motion off, and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const toggle = page.locator(".motion-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(toggle).toHaveText("Animations: off");
  await page.reload();
  await waitForMap(page);
  await expect(page.locator(".motion-toggle")).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("html")).toHaveAttribute("data-motion", "off");
});
