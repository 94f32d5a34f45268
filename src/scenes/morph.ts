// The tween engine the chart and timeline scenes share, so the two morph between frames by one rule: each
// render lists Moves (an element, the numbers it shows now and the ones the frame wants), and one tween
// paints them all from interpolated numbers (no layout reads). A render without animation, or a tween's
// end, paints exactly the frame, so a step looks the same however the reader reached it.
// The only DOM work here is painting through the scene's own `paint` and removing elements that leave.
import { tween, type Handle } from "../motion/tween.ts";
import type { Scene, Viewport } from "./scene.ts";

/** The numbers an element shows (position, size, opacity, …), by attribute-like name. */
export type Shape = Record<string, number>;

/** One element moving from one shape to another; `exit` elements are removed when they arrive. */
export interface Move {
  el: Element;
  from: Shape;
  to: Shape;
  /** Painted at the end instead of `to` (e.g. a band that has faded out goes back to nothing). */
  end?: Shape;
  exit: boolean;
  paint: (el: Element, s: Shape) => void;
  /** Remembers what is shown (null once an exiting element is gone), so the next render starts from it. */
  keep: (s: Shape | null) => void;
}

/** A `keep` that stores an element's shape under its id (and forgets it once the element is gone). */
export const keeper = <S extends Shape>(store: Map<string, S>, id: string) => (s: Shape | null) => void (s ? store.set(id, s as S) : store.delete(id));

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** The shape a fraction `t` of the way; exactly `to` at the end, so a tween ends where a jump lands. */
const mix = (from: Shape, to: Shape, t: number): Shape => (t >= 1 ? to : Object.fromEntries(Object.keys(to).map((k) => [k, lerp(from[k] ?? to[k], to[k], t)])));

export interface MorphScene<S, F> extends Scene<S> {
  /** The frame currently targeted (what the scene shows once tweens end). */
  frame(): F | null;
}

export interface MorphOptions<S, F> {
  viewport: Viewport;
  /** How long a tween between two frames takes (none under reduced motion). */
  seconds: number;
  /** The frame a state gives at a viewport. Pure. */
  frame: (state: S, viewport: Viewport) => F;
  /** Draws what changes at once and joins the moving elements; returns how each moves to the frame. */
  draw: (frame: F, state: S, viewport: Viewport) => Move[];
  /** Removes the scene's DOM. */
  remove: () => void;
}

export function createMorphScene<S, F>({ viewport, seconds, frame, draw, remove }: MorphOptions<S, F>): MorphScene<S, F> {
  let vp = viewport;
  let state: S | null = null;
  let target: F | null = null;
  let running: Handle | null = null;
  let leaving: Move[] = [];

  /** Ends whatever is running: elements on their way out go at once. */
  function settle() {
    running?.kill();
    running = null;
    for (const m of leaving) m.keep(null), m.el.remove();
    leaving = [];
  }

  /** Paints every move a fraction `t` of the way (no layout reads); at the end, exiting elements go. */
  function show(all: readonly Move[], t: number) {
    for (const m of all) {
      const s = t >= 1 && m.end ? m.end : mix(m.from, m.to, t);
      m.paint(m.el, s);
      m.keep(m.exit && t >= 1 ? null : s);
      if (m.exit && t >= 1) m.el.remove();
    }
    if (t >= 1) leaving = [];
  }

  const scene: MorphScene<S, F> = {
    render(next, animate) {
      settle();
      state = next;
      target = frame(next, vp);
      const all = draw(target, next, vp);
      leaving = all.filter((m) => m.exit);
      const still = all.every((m) => Object.keys(m.to).every((k) => m.from[k] === m.to[k]));
      if (!animate || still) return show(all, 1);
      show(all, 0);
      const progress = { t: 0 };
      running = tween(progress, { t: 1 }, { seconds, onUpdate: () => show(all, progress.t) });
    },
    resize(next) {
      if (next.width === vp.width && next.height === vp.height) return;
      vp = next;
      if (state) scene.render(state, false);
    },
    frame: () => target,
    destroy() {
      settle();
      remove();
    },
  };
  return scene;
}
