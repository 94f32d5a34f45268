import { describe, expect, it } from "vitest";
import { ampEmbedSize, datawrapperHeight, embedlyResize, heightDialects, parsePym, parsePymViewport, pymMessage } from "../../src/embed/dialects.ts";

describe("pym.js messages", () => {
  it("use pym's wire format", () => {
    expect(pymMessage("embed", "height", 4570)).toBe("pymxPYMxembedxPYMxheightxPYMx4570");
  });

  it("are read only for this child id, taken literally", () => {
    const message = "pymxPYMxembedxPYMxviewport-iframe-positionxPYMx1280 800 -300 0 4270 1280";
    expect(parsePym(message, "embed")).toEqual({ type: "viewport-iframe-position", payload: "1280 800 -300 0 4270 1280" });
    expect(parsePym(message, "other")).toBeNull();
    expect(parsePym("pymxPYMxe.bedxPYMxwidthxPYMx500", "embed")).toBeNull();
    expect(parsePym("pymxPYMxembedxPYMxwidthxPYMx500", "e.bed")).toBeNull();
    expect(parsePym({ type: "width" }, "embed")).toBeNull();
  });

  it("turn viewport-iframe-position into the host's viewport height and the frame's top", () => {
    expect(parsePymViewport("1280 800 -300 0 4270 1280")).toEqual({ viewWidth: 1280, viewHeight: 800, rectTop: -300 });
    expect(parsePymViewport("1280 800 -300.5 0 4270 1280")?.rectTop).toBe(-300.5);
  });

  it("refuse a position payload that is short, not numeric or out of bounds", () => {
    expect(parsePymViewport("1280 800 -300")).toBeNull();
    expect(parsePymViewport("1280 800 NaN 0 4270 1280")).toBeNull();
    expect(parsePymViewport("1280 0 -300 0 4270 1280")).toBeNull();
    expect(parsePymViewport("1280 800 1e12 0 4270 1280")).toBeNull();
    expect(parsePymViewport("<img src=x onerror=alert(1)>")).toBeNull();
  });
});

describe("CMS height dialects", () => {
  it("speak AMP, embed.ly and Datawrapper as they expect", () => {
    expect(ampEmbedSize(812.3)).toEqual({ sentinel: "amp", type: "embed-size", height: 813 });
    expect(JSON.parse(embedlyResize("https://s.example/", 812))).toEqual({ src: "https://s.example/", context: "iframe.resize", height: 812 });
    expect(datawrapperHeight("xstory", 812)).toEqual({ "datawrapper-height": { xstory: 812 } });
  });

  it("include pym only when pym gave a child id", () => {
    const frame = { src: "https://s.example/", id: "xstory" };
    expect(heightDialects(500, { ...frame, childId: "c1" })).toHaveLength(4);
    expect(heightDialects(500, { ...frame, childId: "c1" })[0]).toBe("pymxPYMxc1xPYMxheightxPYMx500");
    expect(heightDialects(500, { ...frame, childId: null })).toHaveLength(3);
  });

  it("say nothing about an impossible height", () => {
    expect(heightDialects(Number.NaN, { src: "https://s.example/", id: "x", childId: "c" })).toEqual([]);
  });
});
