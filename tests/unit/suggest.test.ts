import { describe, expect, it } from "vitest";
import { distance, suggest } from "../../src/story/suggest.ts";

describe("suggest", () => {
  it("finds the nearest candidate for a typo, ignoring case", () => {
    expect(suggest("Tunsia", ["Tunisia", "Libya", "Algeria"])).toBe("Tunisia");
    expect(suggest("algeria", ["Tunisia", "Libya", "Algeria"])).toBe("Algeria");
  });
  it("suggests nothing when no candidate is close", () => {
    expect(suggest("Narnia", ["Tunisia", "Libya", "Algeria"])).toBeNull();
  });
  it("counts edits", () => {
    expect(distance("kitten", "sitting")).toBe(3);
    expect(distance("", "abc")).toBe(3);
  });
});
