// @vitest-environment happy-dom
// The chart scene's DOM: SVG snapshots of each chart with and without a highlight, the jump test (a state
// drawn fresh is the picture that reaching it through other renders gives, once tweens end), and text
// that stays text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadMotion } from "../../src/motion/tween.ts";
import type { ChartState } from "../../src/model/state.ts";
import { createChartScene } from "../../src/scenes/chart/render.ts";
import type { ChartRecord } from "../../src/scenes/chart/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const charts: ChartRecord[] = JSON.parse(readFileSync(join(ROOT, "assets/data/charts.json"), "utf8")).records;
const DESKTOP = { width: 600, height: 680 };
const PHONE = { width: 390, height: 844 };
/** The graphic's box in the band of a 360x640 phone: a compact chart (frame.ts). */
const SMALL_PHONE = { width: 344, height: 225 };

const hosts: HTMLElement[] = [];
function fresh(viewport = DESKTOP, data: readonly ChartRecord[] = charts) {
  const host = document.createElement("div");
  document.body.append(host);
  hosts.push(host);
  return { host, scene: createChartScene(host, data, viewport) };
}
afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
});

/** The SVG as text, one element a line. */
const picture = (host: HTMLElement) => host.innerHTML.replace(/></g, ">\n<");
const drawn = (state: ChartState, viewport = DESKTOP) => {
  const { host, scene } = fresh(viewport);
  scene.render(state, false);
  return picture(host);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const S = {
  arrivals: { id: "arrivals", highlight: [] },
  arrivals2023Tunisia: { id: "arrivals", highlight: ["2023", "tunisia"] },
  arrivalsTunisia: { id: "arrivals", highlight: ["tunisia"] },
  terrorism: { id: "terrorism", highlight: [] },
  terrorism2024: { id: "terrorism", highlight: ["2024"] },
} satisfies Record<string, ChartState>;

beforeAll(loadMotion); // the tween engine is loaded on demand, as on the page

describe("the chart scene", () => {
  it.each([
    ["arrivals", S.arrivals, DESKTOP],
    ["arrivals-2023-tunisia", S.arrivals2023Tunisia, DESKTOP],
    ["arrivals-phone", S.arrivals, PHONE],
    ["arrivals-tunisia-phone", S.arrivalsTunisia, PHONE],
    ["terrorism", S.terrorism, DESKTOP],
    ["terrorism-2024", S.terrorism2024, DESKTOP],
    ["terrorism-phone", S.terrorism, PHONE],
    ["terrorism-small-phone", S.terrorism, SMALL_PHONE],
    ["arrivals-small-phone", S.arrivals, SMALL_PHONE],
  ] as const)("draws %s as in its snapshot", async (name, state, viewport) => {
    await expect(drawn(state, viewport)).toMatchFileSnapshot(`__snapshots__/chart/${name}.svg`);
  });

  it("draws one bar per year and series, marked with both, under an svg that says what it shows", () => {
    const { host, scene } = fresh();
    scene.render(S.arrivals2023Tunisia, false);
    const svg = host.querySelector("svg.chart")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(svg.getAttribute("data-chart")).toBe("arrivals");
    expect(svg.getAttribute("data-highlight")).toBe("2023 tunisia");
    const bars = [...host.querySelectorAll("rect.bar")];
    expect(bars).toHaveLength(12);
    expect(bars.map((b) => `${b.getAttribute("data-row")}:${b.getAttribute("data-series")}`)).toEqual(
      ["2022", "2023", "2024", "2025"].flatMap((y) => ["libya", "tunisia", "algeria"].map((s) => `${y}:${s}`)),
    );
    expect(host.querySelectorAll("rect.bar.is-highlight")).toHaveLength(1);
    expect(host.querySelector('rect.bar.is-highlight[data-row="2023"][data-series="tunisia"]')).not.toBeNull();
    expect(host.querySelectorAll("rect.bar.is-dim")).toHaveLength(11);
    const tall = host.querySelector('rect.bar[data-row="2023"][data-series="tunisia"]')!;
    const short = host.querySelector('rect.bar[data-row="2023"][data-series="algeria"]')!;
    expect(Number(tall.getAttribute("height")) / Number(short.getAttribute("height"))).toBeCloseTo(97667 / 620, -1);
  });

  it("labels axes, values and series in words, and patterns two series", () => {
    const { host, scene } = fresh();
    scene.render(S.arrivals, false);
    expect(host.querySelector(".axis-title")!.textContent).toBe("Sea arrivals (people)");
    expect([...host.querySelectorAll("text.year")].map((t) => t.textContent)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(host.querySelector('text.value[data-row="2023"][data-series="tunisia"]')!.textContent).toBe("97,667");
    expect([...host.querySelectorAll("text.context-value")].map((t) => t.textContent)).toEqual(["105,131", "157,651", "66,617", "66,296"]);
    expect(host.querySelector(".context-header")!.textContent).toBe("Total");
    const legend = [...host.querySelectorAll(".legend-item")];
    expect(legend.map((g) => g.textContent)).toEqual(["From Libya", "From Tunisia", "From Algeria", "Total: all sea arrivals in Italy, from every departure country"]);
    expect(legend.slice(0, 3).map((g) => g.querySelector("rect.swatch")!.getAttribute("class"))).toEqual(["swatch s0", "swatch s1", "swatch s2"]);
    expect(host.querySelectorAll("pattern#chart-pattern-1, pattern#chart-pattern-2")).toHaveLength(2);
    expect(host.querySelector(".note")!.textContent).toMatch(/UNHCR counts differ/);
  });

  it("draws a state reached through other states exactly as it draws it fresh", () => {
    const walk: ChartState[] = [S.arrivals, S.arrivals2023Tunisia, S.terrorism, S.arrivalsTunisia, S.terrorism2024, S.arrivals, S.terrorism];
    const walked = fresh();
    for (const state of walk) {
      walked.scene.render(state, false);
      expect(picture(walked.host), JSON.stringify(state)).toBe(drawn(state));
    }
  });

  it("ends a tween on the picture a jump gives, and reads no layout while tweening", async () => {
    const reads = vi.spyOn(Element.prototype, "getBoundingClientRect");
    const walked = fresh();
    walked.scene.render(S.terrorism, false);
    walked.scene.render(S.arrivals2023Tunisia, true);
    expect(picture(walked.host)).not.toBe(drawn(S.arrivals2023Tunisia)); // still on its way
    await wait(1300);
    expect(picture(walked.host)).toBe(drawn(S.arrivals2023Tunisia));
    walked.scene.render(S.arrivalsTunisia, true); // a highlight change: bars fade, stay put
    await wait(1300);
    expect(picture(walked.host)).toBe(drawn(S.arrivalsTunisia));
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it("lands on the last state when renders interrupt each other", async () => {
    const a = fresh();
    a.scene.render(S.arrivals, false);
    a.scene.render(S.terrorism, true);
    await wait(100);
    a.scene.render(S.arrivals2023Tunisia, true);
    await wait(1300);
    expect(picture(a.host)).toBe(drawn(S.arrivals2023Tunisia));

    const b = fresh();
    b.scene.render(S.arrivals, false);
    b.scene.render(S.terrorism, true);
    b.scene.render(S.terrorism2024, false); // a jump ends what was running at once
    expect(picture(b.host)).toBe(drawn(S.terrorism2024));
  });

  it("re-fits to a new size without animation", () => {
    const { host, scene } = fresh(DESKTOP);
    scene.render(S.arrivals2023Tunisia, false);
    scene.resize(PHONE);
    expect(picture(host)).toBe(drawn(S.arrivals2023Tunisia, PHONE));
  });

  it("sets a compact chart's note as text that scrolls in its own box, focusable, and takes it away when the chart has room", () => {
    const { host, scene } = fresh(SMALL_PHONE);
    scene.render(S.terrorism, false);
    const note = host.querySelector<HTMLElement>(".chart-note")!;
    expect(note.hidden).toBe(false);
    expect(note.tabIndex).toBe(0);
    expect(note.textContent).toContain(charts.find((c) => c.id === "terrorism")!.note);
    expect(host.querySelectorAll(".note text")).toHaveLength(0);
    scene.resize(PHONE);
    expect(note.hidden).toBe(true);
    expect(note.hasAttribute("tabindex")).toBe(false);
    expect(host.querySelectorAll(".note text").length).toBeGreaterThan(0);
  });

  it("sets text as text: labels with markup stay text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const data = structuredClone(charts) as unknown as Record<string, any>[];
    data[0].series[1].label = evil;
    data[0].rows[0].label = `<b>${evil}</b>`;
    data[0].note = `<script>alert(1)</script> ${evil}`;
    data[0].axis = evil;
    const { host, scene } = fresh(DESKTOP, data as unknown as ChartRecord[]);
    scene.render(S.arrivals, false);
    expect(host.querySelector("img, b, script")).toBeNull();
    expect(host.querySelector('.legend-item[data-series="tunisia"] text')!.textContent).toBe(evil);
    expect(host.querySelector('text.year[data-row="2022"]')!.textContent).toBe(`<b>${evil}</b>`);
    expect(host.querySelector(".axis-title")!.textContent).toBe(`${evil} (people)`);
  });

  it("draws nothing, and does not throw, for a chart it does not have", () => {
    const { host, scene } = fresh();
    scene.render(S.arrivals, false);
    scene.render({ id: "no-such-chart", highlight: [] }, false);
    expect(host.querySelector("svg")!.getAttribute("data-chart")).toBe("no-such-chart");
    expect(host.querySelectorAll("rect.bar, text.value, .legend-item")).toHaveLength(0);
  });

  it("removes its svg when destroyed", () => {
    const { host, scene } = fresh();
    scene.render(S.arrivals, true);
    scene.destroy();
    expect(host.innerHTML).toBe("");
  });
});
