// @vitest-environment happy-dom
// The stage (src/scenes/stage.ts): which scene a step shows, and drawing a step ahead into a scene that
// is out of sight (preview) without touching the one on screen.
import { drain } from "../../src/schedule/steps.ts";
import { describe, expect, it } from "vitest";
import { toPayload } from "../../src/build/payload.ts";
import type { SceneName, StepState } from "../../src/model/state.ts";
import { createStage, type SceneFactory } from "../../src/scenes/stage.ts";
import { loaded } from "./helpers.ts";

const states = toPayload(loaded).states;
const firstOf = (scene: SceneName, after = 0) => states.find((s, i) => i >= after && s.scene === scene)!;

/** A stage over scenes that only record what they are asked to draw: [scene, state, animate]. */
function recordingStage(size = { width: 640, height: 520 }) {
  const drawn: [SceneName, unknown, boolean][] = [];
  const planned: [SceneName, unknown][] = [];
  /** The pieces each scene's prepare has run, in order, by the drawing and planning around them. */
  const log: string[] = [];
  const factory = (name: SceneName): SceneFactory => () => ({
    render: (state: unknown, animate: boolean) => void (drawn.push([name, state, animate]), log.push(`render ${name}`)),
    plan: (state: unknown) => void (planned.push([name, state]), log.push(`plan ${name}`)),
    *prepare() {
      for (const piece of [1, 2, 3]) {
        log.push(`prepare ${name} ${piece}`);
        yield;
      }
    },
    resize: () => {},
    destroy: () => {},
  });
  const container = document.createElement("div");
  // happy-dom lays nothing out: the stage's box is given its size here.
  Object.defineProperty(container, "clientWidth", { get: () => size.width });
  Object.defineProperty(container, "clientHeight", { get: () => size.height });
  const stage = createStage(container, { map: factory("map"), alliances: factory("alliances"), chart: factory("chart"), timeline: factory("timeline") });
  const host = (name: SceneName) => container.querySelector<HTMLElement>(`.scene-${name}`)!;
  return { stage, drawn, planned, log, host, size };
}

describe("a stage with no size (the stacked layout hides it)", () => {
  it("draws nothing, and draws the step it was given once it has a size again", () => {
    const { stage, drawn, size } = recordingStage({ width: 0, height: 0 });
    const step = firstOf("map");
    stage.render(step, false);
    expect(drawn).toEqual([]);
    Object.assign(size, { width: 375, height: 300 });
    stage.resize();
    expect(drawn).toEqual([["map", step.map, false]]);
  });
});

describe("preview", () => {
  const mapStep = firstOf("map");
  const diagramStep = firstOf("alliances");
  const laterMapStep = firstOf("map", states.indexOf(diagramStep));

  it("draws the step into its scene while another scene is shown, and leaves the shown one alone", () => {
    const { stage, drawn, host } = recordingStage();
    stage.render(diagramStep, false);
    stage.prepare("map");
    drawn.length = 0;
    drain(stage.preview(laterMapStep));
    expect(drawn).toEqual([["map", laterMapStep.map, false]]);
    expect(host("map").dataset.step).toBe(laterMapStep.id);
    expect(host("map").classList.contains("is-active")).toBe(false);
    expect(host("alliances").classList.contains("is-active")).toBe(true);
  });

  it("works the step out in the scene's own pieces first, then draws or plans it in a piece of its own", () => {
    const { stage, log } = recordingStage();
    stage.render(diagramStep, false);
    stage.prepare("map");
    log.length = 0;
    const pieces = stage.preview(laterMapStep);
    const each: string[][] = [];
    for (let next = pieces.next(); ; next = pieces.next()) {
      each.push(log.splice(0));
      if (next.done) break;
    }
    expect(each.filter((p) => p.length)).toEqual([["prepare map 1"], ["prepare map 2"], ["prepare map 3"], ["render map"]]);
    // The scene on screen: planned, after its pieces.
    stage.render(mapStep, false);
    log.length = 0;
    drain(stage.preview(laterMapStep));
    expect(log).toEqual(["prepare map 1", "prepare map 2", "prepare map 3", "plan map"]);
  });

  it("draws nothing if the reader reached the step's scene while it was worked out: the step change drew it", () => {
    const { stage, drawn } = recordingStage();
    stage.render(diagramStep, false);
    stage.prepare("map");
    const pieces = stage.preview(laterMapStep);
    pieces.next();
    stage.render(laterMapStep, false);
    drawn.length = 0;
    drain(pieces);
    expect(drawn).toEqual([]);
  });

  it("only plans a step of the scene on screen: works it out, draws nothing", () => {
    const { stage, drawn, planned } = recordingStage();
    stage.render(mapStep, false);
    drawn.length = 0;
    drain(stage.preview(laterMapStep));
    expect(drawn).toEqual([]);
    expect(planned).toEqual([["map", laterMapStep.map]]);
  });

  it("draws nothing into the scene on screen, into a scene not made yet, or a step drawn already", () => {
    const { stage, drawn } = recordingStage();
    stage.render(mapStep, false);
    drawn.length = 0;
    drain(stage.preview(laterMapStep)); // the map is on screen
    drain(stage.preview(diagramStep)); // the diagram is not made yet: preview never makes one
    stage.prepare("alliances");
    drain(stage.preview(diagramStep));
    drain(stage.preview(diagramStep));
    expect(drawn).toEqual([["alliances", diagramStep.alliances, false]]);
  });

  it("draws into the scene a step change has just left: a scene change is a cut, so it is out of sight at once", () => {
    const { stage, drawn, host } = recordingStage();
    stage.render(mapStep, false);
    stage.render(diagramStep, true);
    drawn.length = 0;
    drain(stage.preview(laterMapStep));
    expect(drawn).toEqual([["map", laterMapStep.map, false]]);
    expect(host("map").classList.contains("is-active")).toBe(false);
  });

  it("hands the step change a scene that already shows the step: it is drawn at once, not tweened", () => {
    const { stage, drawn } = recordingStage();
    stage.render(diagramStep, false);
    stage.prepare("map");
    drain(stage.preview(laterMapStep));
    drawn.length = 0;
    stage.render(laterMapStep, true);
    expect(drawn).toEqual([["map", laterMapStep.map, false]]);
  });
});

it("a step shows its own scene and hides the others", () => {
  const { stage, host } = recordingStage();
  const step: StepState = firstOf("timeline");
  stage.render(step, false);
  for (const name of ["map", "alliances", "chart", "timeline"] as const) expect(host(name).classList.contains("is-active"), name).toBe(name === "timeline");
  expect(host("timeline").dataset.step).toBe(step.id);
});
