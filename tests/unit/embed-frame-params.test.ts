import { describe, expect, it } from "vitest";
import { frameParams, wantsFrame } from "../../src/embed/frame/frameParams.ts";

const HOST = "https://news.example.com";

describe("frame mode", () => {
  it("starts only inside a frame that asked for it, or that pym made", () => {
    expect(wantsFrame("?embed=1", true)).toBe(true);
    expect(wantsFrame("?initialWidth=600&childId=story", true)).toBe(true);
    expect(wantsFrame("?embed=1", false)).toBe(false);
    expect(wantsFrame("", true)).toBe(false); // a fixed-size iframe of the plain page scrolls by itself
    expect(wantsFrame("?embed=10", true)).toBe(false);
    expect(wantsFrame("?xembed=1", true)).toBe(false);
    expect(frameParams("?embed=1", false, HOST, "")).toBeNull();
    expect(frameParams("?mode=present", true, HOST, "")).toBeNull();
  });

  it("knows our bridge and pym's child id", () => {
    expect(frameParams("?embed=1&bridge=1", true, HOST, "")).toEqual({ bridge: true, childId: null, parentOrigin: HOST });
    expect(frameParams("?childId=c1", true, HOST, "")?.childId).toBe("c1");
  });

  it("takes the parent's origin from the browser first, then pym's parentUrl, then the referrer", () => {
    const pym = `?childId=c&parentUrl=${encodeURIComponent("https://cms.example.net/a/b?x=1")}`;
    expect(frameParams(pym, true, HOST, "https://ref.example.org/")?.parentOrigin).toBe(HOST);
    expect(frameParams(pym, true, null, "https://ref.example.org/")?.parentOrigin).toBe("https://cms.example.net");
    expect(frameParams("?embed=1", true, null, "https://ref.example.org/page")?.parentOrigin).toBe("https://ref.example.org");
  });

  it("trusts no origin that is not http(s), and may know none", () => {
    expect(frameParams("?childId=c&parentUrl=javascript:alert(1)", true, null, "")?.parentOrigin).toBeNull();
    expect(frameParams("?embed=1", true, "null", "")?.parentOrigin).toBeNull();
  });
});
