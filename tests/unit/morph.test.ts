// @vitest-environment happy-dom
// The tween engine the chart and timeline scenes share (src/scenes/morph.ts), on a toy scene of boxes whose
// state is each box's x: a jump paints the frame, a tween ends on it, leaving boxes go, and an interrupted
// tween ends at once.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearAll, loadMotion, seekAll } from "../../src/motion/tween.ts";
import { createMorphScene, keeper, type Move, type Shape } from "../../src/scenes/morph.ts";
import type { Viewport } from "../../src/scenes/scene.ts";

type Boxes = Record<string, number>;

function boxes(viewport: Viewport = { width: 100, height: 100 }) {
  const host = document.createElement("div");
  const shown = new Map<string, Shape>();
  const paint = (el: Element, s: Shape) => el.setAttribute("x", String(s.x));
  const removed: string[] = [];
  const drawn: Viewport[] = [];
  /** The boxes in the DOM as each render starts drawing. */
  const found: string[][] = [];
  const scene = createMorphScene<Boxes, Boxes>({
    viewport,
    seconds: 1,
    frame: (state) => state,
    draw: (frame, _state, vp) => {
      drawn.push(vp);
      found.push([...host.children].map((el) => el.id));
      const moves: Move[] = [];
      for (const el of host.children) {
        const id = el.id;
        if (!(id in frame)) moves.push({ el, from: shown.get(id)!, to: { x: -1 }, end: { x: -2 }, exit: true, paint, keep: keeper(shown, id) });
      }
      for (const [id, x] of Object.entries(frame)) {
        let el = host.querySelector(`#${id}`);
        if (!el) (el = document.createElement("b")), (el.id = id), host.append(el);
        moves.push({ el, from: shown.get(id) ?? { x: 0 }, to: { x }, exit: false, paint, keep: keeper(shown, id) });
      }
      return moves;
    },
    remove: () => removed.push("all"),
  });
  const xs = () => Object.fromEntries([...host.children].map((el) => [el.id, Number(el.getAttribute("x"))]));
  return { host, scene, shown, removed, drawn, found, xs };
}

afterEach(() => clearAll());

beforeAll(loadMotion); // the tween engine is loaded on demand, as on the page

describe("the morph engine", () => {
  it("paints the frame at once without animation, and targets it", () => {
    const { scene, xs, shown } = boxes();
    scene.render({ a: 10, b: 20 }, false);
    expect(xs()).toEqual({ a: 10, b: 20 });
    expect(scene.frame()).toEqual({ a: 10, b: 20 });
    expect(Object.fromEntries(shown)).toEqual({ a: { x: 10 }, b: { x: 20 } });
  });

  it("tweens from what is shown, ends on the frame, and removes what leaves at the end", () => {
    const { scene, xs, shown } = boxes();
    scene.render({ a: 10, b: 20 }, false);
    scene.render({ a: 30 }, true);
    seekAll(0.5);
    expect(xs().a).toBeGreaterThan(10);
    expect(xs().a).toBeLessThan(30);
    expect(xs().b).toBeLessThan(20);
    seekAll(1);
    expect(xs()).toEqual({ a: 30 });
    expect(shown.has("b")).toBe(false);
  });

  it("paints `end` instead of `to` when a move arrives", () => {
    const { scene, host, xs } = boxes();
    scene.render({ a: 10, b: 20 }, false);
    const b = host.querySelector("#b")!;
    scene.render({ a: 10 }, false);
    expect(b.getAttribute("x")).toBe("-2");
    expect(xs()).toEqual({ a: 10 });
  });

  it("ends an interrupted tween at once: what was leaving goes before the next render", () => {
    const { scene, xs, found, shown } = boxes();
    scene.render({ a: 10, b: 20 }, false);
    scene.render({ a: 30 }, true);
    seekAll(0.3);
    expect(xs().b).toBeDefined(); // still fading out
    scene.render({ a: 40, c: 5 }, true);
    expect(found.at(-1)).toEqual(["a"]);
    expect(shown.has("b")).toBe(false);
    seekAll(1);
    expect(xs()).toEqual({ a: 40, c: 5 });
  });

  it("re-renders without animation on a new size only, and removes its DOM when destroyed", () => {
    const { scene, drawn, removed } = boxes({ width: 100, height: 100 });
    scene.resize({ width: 50, height: 50 }); // nothing rendered yet: nothing to redraw
    scene.render({ a: 1 }, false);
    scene.resize({ width: 50, height: 50 });
    scene.resize({ width: 80, height: 50 });
    expect(drawn).toEqual([{ width: 50, height: 50 }, { width: 80, height: 50 }]);
    scene.destroy();
    expect(removed).toEqual(["all"]);
  });
});
