import { describe, expect, it } from "vitest";
import { findStickyBreaker, stickyBreaker } from "../../src/embed/stickyBreaker.ts";

const plain = { overflowX: "visible", overflowY: "visible", transform: "none", contain: "none" };

describe("what breaks position: sticky", () => {
  it("is nothing on a plain box, or one that only clips with overflow: clip", () => {
    expect(stickyBreaker(plain)).toBeNull();
    expect(stickyBreaker({ ...plain, overflowX: "clip", overflowY: "clip" })).toBeNull();
  });

  it("is an ancestor that hides, scrolls, transforms or contains", () => {
    expect(stickyBreaker({ ...plain, overflowX: "hidden", overflowY: "hidden" })).toMatch(/overflow/);
    expect(stickyBreaker({ ...plain, overflowY: "auto" })).toMatch(/overflow/);
    expect(stickyBreaker({ ...plain, transform: "matrix(1, 0, 0, 1, 0, 0)" })).toMatch(/transform/);
    expect(stickyBreaker({ ...plain, contain: "paint" })).toMatch(/contain/);
    expect(stickyBreaker({ ...plain, contain: "inline-size" })).toBeNull();
  });

  it("names the nearest breaking ancestor", () => {
    expect(findStickyBreaker([plain, { ...plain, contain: "strict" }, { ...plain, overflowY: "hidden" }], plain, plain)).toMatch(/contain/);
  });

  it("forgives body's overflow, which goes to the viewport while html's is visible", () => {
    const hidden = { ...plain, overflowX: "hidden", overflowY: "hidden" };
    expect(findStickyBreaker([], hidden, plain)).toBeNull();
    expect(findStickyBreaker([], { ...plain, overflowX: "hidden", overflowY: "auto" }, { ...plain, overflowX: "hidden", overflowY: "auto" })).toMatch(/overflow/);
  });
});
