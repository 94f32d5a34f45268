import { describe, expect, it } from "vitest";
import { allowedOrigins, heightMessage, httpUrl, parseHeightMessage, parseViewportMessage, viewportMessage } from "../../src/embed/protocol.ts";

const view = { rectTop: -1200, viewHeight: 800, visualTop: 0, visualHeight: 800, inset: 60 };

describe("bridge messages", () => {
  it("round-trip a height and a viewport", () => {
    expect(parseHeightMessage(heightMessage(4570.2))).toEqual({ xstory: 1, type: "height", height: 4571 });
    expect(parseViewportMessage(viewportMessage(view))).toEqual({ xstory: 1, type: "viewport", ...view });
  });

  it("refuse other versions, other types and look-alikes", () => {
    expect(parseHeightMessage({ xstory: 2, type: "height", height: 10 })).toBeNull();
    expect(parseHeightMessage({ xstory: 1, type: "viewport", height: 10 })).toBeNull();
    expect(parseHeightMessage('{"xstory":1,"type":"height","height":10}')).toBeNull();
    expect(parseHeightMessage([1, "height", 10])).toBeNull();
    expect(parseHeightMessage(null)).toBeNull();
  });

  it("refuse heights that are not finite, negative or absurd", () => {
    for (const height of [Number.NaN, Infinity, -1, 1e9, "500", null]) {
      expect(parseHeightMessage({ xstory: 1, type: "height", height })).toBeNull();
    }
  });

  it("refuse a viewport with any field missing or out of bounds", () => {
    expect(parseViewportMessage({ ...viewportMessage(view), rectTop: Number.NaN })).toBeNull();
    expect(parseViewportMessage({ ...viewportMessage(view), viewHeight: 0 })).toBeNull();
    expect(parseViewportMessage({ ...viewportMessage(view), visualTop: -5 })).toBeNull();
    const { inset: _inset, ...noInset } = viewportMessage(view);
    expect(parseViewportMessage(noInset)).toBeNull();
  });

  it("ignore a sticky header taller than the screen, rather than hide everything", () => {
    expect(parseViewportMessage(viewportMessage({ ...view, inset: 900 }))?.inset).toBe(0);
  });
});

describe("what the loader trusts", () => {
  it("frames and fetches only http(s) URLs", () => {
    expect(httpUrl("https://s.example/piece/")?.href).toBe("https://s.example/piece/");
    expect(httpUrl("/piece/", "https://news.example/a")?.href).toBe("https://news.example/piece/");
    expect(httpUrl("javascript:alert(1)")).toBeNull();
    expect(httpUrl("data:text/html,hi")).toBeNull();
    expect(httpUrl("")).toBeNull();
  });

  it("accepts messages from the story's origin unless the embedder lists exact origins", () => {
    expect(allowedOrigins(undefined, "https://s.example")).toEqual(["https://s.example"]);
    expect(allowedOrigins("https://a.example  https://b.example:8443", "https://s.example")).toEqual(["https://a.example", "https://b.example:8443"]);
  });

  it("drops listed entries that are not bare origins", () => {
    expect(allowedOrigins("https://a.example/path *.example javascript:x https://b.example", "https://s.example")).toEqual(["https://b.example"]);
    expect(allowedOrigins("*", "https://s.example")).toEqual(["https://s.example"]);
  });
});
