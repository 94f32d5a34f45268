import { describe, expect, it } from "vitest";
import { resolve } from "../../src/model/resolve.ts";
import { loaded } from "./helpers.ts";

describe("resolve", () => {
  const states = resolve(loaded.story, loaded.lookup);

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
    expect(step.map!.labels).toEqual([...step.map!.highlight, ...step.map!.threat]);
  });

  it("keeps the editor's labels when given", () => {
    const story = structuredClone(loaded.story);
    story.steps[1].map!.labels = ["380", "250"];
    expect(resolve(story, loaded.lookup)[1].map!.labels).toEqual(["380", "250"]);
  });

  it("adds the sources the picture implies: the map always, each pin's own source, the Factbook for lengths", () => {
    expect(states.find((s) => s.id === "bismillah")!.sources).toEqual(["natural-earth"]);
    expect(states.find((s) => s.id === "tripoli-meeting")!.sources).toEqual(["article", "lsm-tripoli", "natural-earth", "geonames", "factbook"]);
  });

  it("adds the source of every route, annotation and quantity a map shows", () => {
    expect(states.find((s) => s.id === "cross-border-threats")!.sources).toEqual([
      "libya-departures-2023", "natural-earth", "geonames", "ras-ajdir-coords", "nova-departures", "worldbank-fuel", "italy-libya-mou", "eu-tunisia-mou", "arrivals-2023",
    ]);
  });

  it("adds the source of every relation, chart row and event a scene shows", () => {
    expect(states.find((s) => s.id === "algeria-complex")!.sources).toEqual(["sipri-algeria-2018-22", "sipri-algeria", "china-algeria", "med-dialogue"]);
    expect(states.find((s) => s.id === "african-security")!.sources).toEqual(["gti-sahel-region", "gti-2021", "gti-2022", "gti-2023", "gti-2024"]);
    expect(states.find((s) => s.id === "geopolitical-context")!.sources).toContain("article");
  });

  it("gives every step exactly one scene, and that scene's state", () => {
    for (const s of states) {
      const present = (["map", "alliances", "chart", "timeline"] as const).filter((k) => s[k] !== null);
      expect(present, s.id).toEqual([s.scene]);
    }
  });

  it("draws both ends of every relation an alliances step shows", () => {
    const step = states.find((s) => s.id === "rubio-iran")!;
    expect([...step.alliances!.actors].sort()).toEqual(["iran", "italy", "nato", "us"]);
  });

  it("expands timeline.events: all to every event, in date order", () => {
    const step = states.find((s) => s.id === "geopolitical-context")!;
    expect(step.timeline!.events).toEqual(loaded.lookup.events);
    expect(step.timeline!.events[0]).toBe("amu-founded");
  });

  it("carries each step's speaker notes, or null where the story gives none", () => {
    expect(states.map((s) => s.notes)).toEqual(loaded.story.steps.map((s) => s.notes));
    const story = structuredClone(loaded.story);
    story.steps[0].notes = null;
    expect(resolve(story, loaded.lookup)[0].notes).toBeNull();
  });

  it("freezes states so that no renderer can change them", () => {
    expect(Object.isFrozen(states)).toBe(true);
    expect(Object.isFrozen(states[0].map!.highlight)).toBe(true);
  });

  it("is pure: the same story gives equal states", () => {
    expect(resolve(loaded.story, loaded.lookup)).toEqual(states);
  });
});
