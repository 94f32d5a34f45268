import { describe, expect, it } from "vitest";
import { activeStep, hostViewFromBand, pinOffset, unionBand, virtualViewport } from "../../src/embed/virtualViewport.ts";

const host = { rectTop: 0, viewHeight: 800, visualTop: 0, visualHeight: 800, inset: 0 };

describe("the virtual viewport of an auto-height iframe", () => {
  it("is the part of the frame the host shows, with the reading line 60% down", () => {
    expect(virtualViewport({ ...host, rectTop: -1000 }, 0.6)).toEqual({ top: 1000, height: 800, line: 1480, viewHeight: 800 });
  });

  it("starts below the host's sticky header", () => {
    const v = virtualViewport({ ...host, rectTop: -1000, inset: 60 }, 0.6);
    expect(v.top).toBe(1060);
    expect(v.height).toBe(740);
  });

  it("follows a pinch-zoomed visual viewport", () => {
    const v = virtualViewport({ ...host, rectTop: -1000, visualTop: 200, visualHeight: 400 }, 0.5);
    expect(v).toMatchObject({ top: 1200, height: 400, line: 1400 });
  });
});

describe("the active step", () => {
  const tops = [500, 1500, 2500];
  it("is the last step whose top crossed the reading line", () => {
    expect(activeStep(tops, virtualViewport({ ...host, rectTop: -1200 }, 0.6))).toBe(1); // line 1680
    expect(activeStep(tops, virtualViewport({ ...host, rectTop: -2000 }, 0.6))).toBe(1); // line 2480, step 3 at 2500
    expect(activeStep(tops, virtualViewport({ ...host, rectTop: -2020 }, 0.6))).toBe(2); // line 2500: on it
  });

  it("is the first step while the frame is still below the screen", () => {
    expect(activeStep(tops, virtualViewport({ ...host, rectTop: 3000 }, 0.6))).toBe(0);
  });
});

describe("pinning the graphic", () => {
  const story = { top: 300, height: 5000 };
  it("keeps it at the top of the visible band while the story passes", () => {
    expect(pinOffset({ top: 1300 }, story, 800)).toBe(1000);
  });
  it("never moves it above the story or past its end", () => {
    expect(pinOffset({ top: 0 }, story, 800)).toBe(0);
    expect(pinOffset({ top: 9000 }, story, 800)).toBe(4200);
  });
});

describe("the host's view, recovered from the frame's visible band", () => {
  const doc = 10_000;
  it("is exact when the band is cut at both ends: the viewport lies inside the frame", () => {
    expect(hostViewFromBand({ top: 1000, bottom: 1600 }, doc, 800)).toEqual({ rectTop: -1000, viewHeight: 600, visualTop: 0, visualHeight: 600, inset: 0 });
  });
  it("takes the frame's top from a band cut only at the top, with the last height seen", () => {
    expect(hostViewFromBand({ top: 9500, bottom: doc }, doc, 800)).toMatchObject({ rectTop: -9500, viewHeight: 800 });
  });
  it("takes the viewport's bottom from a band cut only at the bottom", () => {
    expect(hostViewFromBand({ top: 0, bottom: 300 }, doc, 800)).toMatchObject({ rectTop: -500, viewHeight: 800 });
  });
  it("knows nothing while the frame is off screen", () => {
    expect(hostViewFromBand(null, doc, 800)).toBeNull();
  });
  it("joins the slices' visible parts, skipping those off screen", () => {
    expect(unionBand([null, { top: 1000, bottom: 1200 }, { top: 1200, bottom: 1400 }, { top: 1400, bottom: 1600 }, null])).toEqual({ top: 1000, bottom: 1600 });
    expect(unionBand([null, null])).toBeNull();
  });
});
