// @vitest-environment happy-dom
// The timeline scene's DOM: SVG snapshots (every event; a focus on 2025–2026; the early events), the jump
// test (a state drawn fresh is the picture that reaching it through other renders gives, once tweens
// end), the article's claims drawn and worded apart, and text that stays text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadMotion } from "../../src/motion/tween.ts";
import type { TimelineState } from "../../src/model/state.ts";
import { createTimelineScene } from "../../src/scenes/timeline/render.ts";
import type { EventRecord } from "../../src/scenes/timeline/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const events: EventRecord[] = JSON.parse(readFileSync(join(ROOT, "assets/data/events.json"), "utf8")).records;
const DESKTOP = { width: 600, height: 680 };
const PHONE = { width: 390, height: 844 };

const hosts: HTMLElement[] = [];
function fresh(viewport = DESKTOP, data: readonly EventRecord[] = events) {
  const host = document.createElement("div");
  document.body.append(host);
  hosts.push(host);
  return { host, scene: createTimelineScene(host, data, viewport) };
}
afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
});

const picture = (host: HTMLElement) => host.innerHTML.replace(/></g, ">\n<");
const drawn = (state: TimelineState, viewport = DESKTOP) => {
  const { host, scene } = fresh(viewport);
  scene.render(state, false);
  return picture(host);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ids = events.map((e) => e.id);
const S = {
  all: { events: ids, focus: [] },
  recent: { events: ids, focus: ["task-force", "wagner-mali", "naval-visit", "tripoli-meeting"] },
  early: { events: ["amu-founded", "mnna-morocco", "libya-arms", "ghadames-summit", "mnna-tunisia", "italy-libya-mou"], focus: ["amu-founded"] },
  article: { events: ["tunis-summit", "task-force", "tripoli-meeting", "naval-visit"], focus: ["tripoli-meeting"] },
} satisfies Record<string, TimelineState>;

beforeAll(loadMotion); // the tween engine is loaded on demand, as on the page

describe("the timeline scene", () => {
  it.each([
    ["all", S.all, DESKTOP],
    ["all-phone", S.all, PHONE],
    ["focus-2025-2026", S.recent, DESKTOP],
    ["focus-2025-2026-phone", S.recent, PHONE],
    ["early", S.early, DESKTOP],
    ["article-claims-phone", S.article, PHONE],
  ] as const)("draws %s as in its snapshot", async (name, state, viewport) => {
    await expect(drawn(state, viewport)).toMatchFileSnapshot(`__snapshots__/timeline/${name}.svg`);
  });

  it("draws every event of the state, in date order, under an svg that says what it shows", () => {
    const { host, scene } = fresh();
    scene.render(S.recent, false);
    const svg = host.querySelector("svg.timeline")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    const order = [...host.querySelectorAll("g.event")].map((g) => g.getAttribute("data-id"));
    expect(order).toHaveLength(events.length);
    expect(svg.getAttribute("data-events")).toBe(order.join(" "));
    expect(order.slice(0, 2)).toEqual(["amu-founded", "mnna-morocco"]);
    expect(order.slice(-2)).toEqual(["naval-visit", "tripoli-meeting"]);
    expect(svg.getAttribute("data-focus")).toBe("task-force wagner-mali naval-visit tripoli-meeting");
    expect([...host.querySelectorAll("g.event.is-focus")].map((g) => g.getAttribute("data-id"))).toEqual(["task-force", "wagner-mali", "naval-visit", "tripoli-meeting"]);
    expect(host.querySelectorAll("g.event.is-muted")).toHaveLength(events.length - 4);
    expect(Number(host.querySelector(".focus-band")!.getAttribute("opacity"))).toBe(1);
  });

  it("draws the article's claims apart (class, hollow marker, dashed stem by CSS) and says so in words", () => {
    const { host, scene } = fresh(PHONE);
    scene.render(S.all, false);
    const article = [...host.querySelectorAll("g.event.is-article")];
    expect(article.map((g) => g.getAttribute("data-id")).sort()).toEqual(["naval-visit", "task-force", "tripoli-meeting"]);
    for (const g of article) expect(g.querySelector("text.label")!.textContent).toMatch(/\(according to the article\)$/);
    for (const g of host.querySelectorAll("g.event.is-sourced")) expect(g.textContent).not.toMatch(/according to the article/);
    expect(host.querySelectorAll("g.event.is-sourced")).toHaveLength(events.length - 3);
    const legend = [...host.querySelectorAll(".legend-item")].map((g) => g.textContent);
    expect(legend).toEqual(["Sourced", "According to the article", "Scale widens at 2010 and 2022"]);
    expect(host.querySelector('g.event[data-id="amu-founded"] text.label')!.textContent).toBe("17 Feb 1989Arab Maghreb Union founded");
    expect(host.querySelector('g.event[data-id="amu-founded"] tspan.date')!.textContent).toBe("17 Feb 1989");
  });

  it("marks the scale breaks and labels the years", () => {
    const { host, scene } = fresh();
    scene.render(S.all, false);
    expect(host.querySelectorAll(".axis .breaks path.break")).toHaveLength(2);
    const years = [...host.querySelectorAll(".tick text")].map((t) => Number(t.textContent));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([1988, 2010, 2022, 2023, 2024, 2025, 2026, 2027]));
  });

  it("draws a state reached through other states exactly as it draws it fresh", () => {
    const walk: TimelineState[] = [S.all, S.recent, S.early, S.article, S.all, S.early, S.recent, { events: [], focus: [] }, S.article];
    for (const viewport of [DESKTOP, PHONE]) {
      const walked = fresh(viewport);
      for (const state of walk) {
        walked.scene.render(state, false);
        expect(picture(walked.host), JSON.stringify(state)).toBe(drawn(state, viewport));
      }
    }
  });

  it("ends a tween on the picture a jump gives, and reads no layout while tweening", async () => {
    const reads = vi.spyOn(Element.prototype, "getBoundingClientRect");
    const walked = fresh();
    walked.scene.render(S.early, false);
    walked.scene.render(S.recent, true);
    expect(picture(walked.host)).not.toBe(drawn(S.recent));
    await wait(1300);
    expect(picture(walked.host)).toBe(drawn(S.recent));
    walked.scene.render(S.all, true); // the focus goes: the band fades out and returns to nothing
    await wait(1300);
    expect(picture(walked.host)).toBe(drawn(S.all));
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it("lands on the last state when renders interrupt each other", async () => {
    const a = fresh();
    a.scene.render(S.all, false);
    a.scene.render(S.early, true);
    await wait(100);
    a.scene.render(S.article, true);
    await wait(1300);
    expect(picture(a.host)).toBe(drawn(S.article));

    const b = fresh();
    b.scene.render(S.all, false);
    b.scene.render(S.early, true);
    b.scene.render(S.recent, false);
    expect(picture(b.host)).toBe(drawn(S.recent));
  });

  it("re-fits to a new size without animation", () => {
    const { host, scene } = fresh(DESKTOP);
    scene.render(S.recent, false);
    scene.resize(PHONE);
    expect(picture(host)).toBe(drawn(S.recent, PHONE));
  });

  it("sets text as text: a label with markup stays text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const data = events.map((e) => (e.id === "tripoli-meeting" ? { ...e, label: `<b>${evil}</b>` } : e));
    const { host, scene } = fresh(DESKTOP, data);
    scene.render(S.all, false);
    expect(host.querySelector("img, b")).toBeNull();
    expect(host.querySelector('g.event[data-id="tripoli-meeting"] text.label')!.textContent).toContain(`<b>${evil}</b>`);
  });

  it("ignores ids it does not know, and removes its svg when destroyed", () => {
    const { host, scene } = fresh();
    scene.render({ events: ["no-such-event", "amu-founded"], focus: ["no-such-event"] }, true);
    expect(host.querySelector("svg")!.getAttribute("data-events")).toBe("amu-founded");
    expect(host.querySelector("svg")!.getAttribute("data-focus")).toBe("");
    scene.destroy();
    expect(host.innerHTML).toBe("");
  });
});
