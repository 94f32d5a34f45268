import { describe, expect, it } from "vitest";
import { apply, clearArea, fitCamera, fromView, toView, unionBounds } from "../../src/scenes/map/camera.ts";
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
