import { describe, expect, it } from "vitest";
import { resolve } from "../../src/model/resolve.ts";
import { loaded } from "./helpers.ts";

describe("resolve", () => {
  const states = resolve(loaded.story);

  it("gives one state per step, in order, with the step's id", () => {
    expect(states.map((s) => s.id)).toEqual(loaded.story.steps.map((s) => s.id));
    expect(states.map((s) => s.index)).toEqual(states.map((_, i) => i));
  });

  it("leaves no field undefined in any state", () => {
    const undefinedPaths = (value: unknown, path: string): string[] =>
      value === undefined
        ? [path]
        : value && typeof value === "object"
          ? Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`))
          : [];
    expect(states.flatMap((s) => undefinedPaths(s, s.id))).toEqual([]);
  });

  it("labels the highlighted and threat countries when the editor names no labels", () => {
    const step = states.find((s) => s.id === "regional-landscape")!;
    expect(step.map.labels).toEqual([...step.map.highlight, ...step.map.threat]);
  });

  it("keeps the editor's labels when given", () => {
    const step = states.find((s) => s.id === "strategic-vacuum")!;
    expect(step.map.labels).toEqual(["012", "434", "788", "380", "724", "250"]);
  });

  it("adds the sources the picture implies: the map always, GeoNames for pins, the Factbook for lengths", () => {
    expect(states.find((s) => s.id === "bismillah")!.sources).toEqual(["natural-earth"]);
    expect(states.find((s) => s.id === "tripoli-meeting")!.sources).toEqual(["article", "lsm-tripoli", "natural-earth", "geonames"]);
    expect(states.find((s) => s.id === "shared-borders")!.sources).toEqual(["natural-earth", "factbook"]);
  });

  it("freezes states so that no renderer can change them", () => {
    expect(Object.isFrozen(states)).toBe(true);
    expect(Object.isFrozen(states[0].map.highlight)).toBe(true);
  });

  it("is pure: the same story gives equal states", () => {
    expect(resolve(loaded.story)).toEqual(states);
  });
});
