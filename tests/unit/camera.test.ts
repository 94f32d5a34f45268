import { describe, expect, it } from "vitest";
import { apply, clearArea, covers, cssShift, fitCamera, fromView, shiftBetween, toView, unionBounds } from "../../src/scenes/map/camera.ts";
import { regionProjection, REGION_VIEW } from "../../src/scenes/map/projection.ts";

const desktop = { width: 800, height: 600 };

describe("camera", () => {
  it("centres the fitted bounds in the area and keeps the padding", () => {
    const camera = fitCamera([[100, 100], [200, 150]], clearArea(desktop), 0.1);
    const [x0, y0] = apply(camera, [100, 100]);
    const [x1, y1] = apply(camera, [200, 150]);
    expect((x0 + x1) / 2).toBeCloseTo(400);
    expect((y0 + y1) / 2).toBeCloseTo(300);
    expect(x1 - x0).toBeCloseTo(640); // width-bound: 80% of 800
  });

  it("uses the whole height when the text sits beside the graphic", () => {
    expect(clearArea({ width: 390, height: 700 }).height).toBe(700);
  });

  it("never zooms out past the whole region, nor in past the limit", () => {
    expect(fitCamera([[0, 0], [5000, 5000]], clearArea(desktop)).k).toBe(1);
    expect(fitCamera([[10, 10], [10.5, 10.5]], clearArea(desktop), 0.08, 8).k).toBe(8);
  });

  it("frames the subject above the passage cards on a phone", () => {
    const phone = { width: 390, height: 700, clear: 0.56 };
    expect(clearArea(phone).height).toBeCloseTo(392);
    const camera = fitCamera([[100, 100], [200, 200]], clearArea(phone));
    const [, y] = apply(camera, [150, 150]);
    expect(y).toBeCloseTo(196);
  });

  it("round-trips through the van Wijk view used for flights", () => {
    const camera = { x: -120, y: -340, k: 2.5 };
    const back = fromView(toView(camera, desktop), desktop);
    expect(back.k).toBeCloseTo(camera.k);
    expect(back.x).toBeCloseTo(camera.x);
    expect(back.y).toBeCloseTo(camera.y);
  });

  it("unions bounds", () => {
    expect(unionBounds([[[0, 5], [10, 10]], [[-3, 7], [4, 20]]])).toEqual([[-3, 5], [10, 20]]);
  });
});

describe("regionProjection", () => {
  it("fits the whole region view inside the viewport", () => {
    const projection = regionProjection(800, 600);
    const [w, s, e, n] = REGION_VIEW;
    for (const corner of [[w, s], [e, s], [w, n], [e, n]] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(800.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(600.5);
    }
  });
  it("puts Tunis north of Tripoli and Algiers west of both", () => {
    const p = regionProjection(800, 600);
    const tunis = p([10.1658, 36.819])!, tripoli = p([13.1873, 32.8874])!, algiers = p([3.0875, 36.7323])!;
    expect(tunis[1]).toBeLessThan(tripoli[1]);
    expect(algiers[0]).toBeLessThan(tunis[0]);
  });
});

describe("the shift between a drawn camera and the one to show", () => {
  const drawn = { x: -120, y: -340, k: 2.5 };
  it("moves every drawn point to where the new camera puts it", () => {
    for (const c of [{ x: -1300, y: -2000, k: 8 }, { x: 10, y: -200, k: 1.3 }, drawn]) {
      const shift = shiftBetween(drawn, c);
      for (const p of [[0, 0], [133.7, 410.2], [800, 600]] as [number, number][]) {
        const [sx, sy] = apply(drawn, p);
        const [x, y] = apply(c, p);
        expect(shift.k * sx + shift.x).toBeCloseTo(x, 6);
        expect(shift.k * sy + shift.y).toBeCloseTo(y, 6);
      }
    }
  });
  it("is no move at all for the drawn camera itself, and reads as CSS", () => {
    expect(shiftBetween(drawn, drawn)).toEqual({ x: 0, y: 0, k: 1 });
    expect(cssShift({ x: 3, y: -4.5, k: 1.25 })).toBe("translate(3.00px, -4.50px) scale(1.25000)");
  });
});

describe("whether a moved picture still covers the viewport", () => {
  const vp = { width: 400, height: 300 };
  it("does while the move stays inside the margin drawn past the edges", () => {
    expect(covers({ x: 0, y: 0, k: 1 }, vp, 0)).toBe(true);
    expect(covers({ x: 30, y: -30, k: 1 }, vp, 40)).toBe(true);
    expect(covers({ x: 0, y: 0, k: 2 }, vp, 0)).toBe(true); // zoomed in about the corner: still covered
  });
  it("does not once an edge would show: a pan past the margin, or a zoom out", () => {
    expect(covers({ x: 41, y: 0, k: 1 }, vp, 40)).toBe(false);
    expect(covers({ x: 0, y: -41, k: 1 }, vp, 40)).toBe(false);
    // Zoomed out to 0.8 about the centre: 40 px of a 400 px width left uncovered on each side, which a margin
    // of 50 px drawn (40 once shrunk) fills and one of 49 does not.
    const out = { k: 0.8, x: 200 - 0.8 * 200, y: 150 - 0.8 * 150 };
    expect(covers(out, vp, 50)).toBe(true);
    expect(covers(out, vp, 49)).toBe(false);
  });
});
