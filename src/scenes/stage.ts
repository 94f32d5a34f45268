// The stage: one host per scene, stacked; the active step's scene is shown and rendered, the others are
// hidden at once (a cut) and keep their last picture, or one drawn ahead for a step to come (preview).
// Scenes are created on first use or when idle (prepare); the map waits for its geometry.
import type { SceneName, StepState } from "../model/state.ts";
import type { Scene, Viewport } from "./scene.ts";
import type { Steps } from "../schedule/steps.ts";

export type SceneFactory = (host: HTMLElement, viewport: Viewport) => Scene<never> | null;

export interface Stage {
  render(state: StepState, animate: boolean): void;
  /** Call when a scene that could not be made before (the map, once its file loads) can be now: draws the step if its scene has not. */
  retry(): void;
  resize(): void;
  /** Makes a scene ahead of its first step (when idle), so that step change does not pay for it. */
  prepare(name: SceneName): void;
  /** The size every scene is drawn at now. */
  viewport(): Viewport;
  /**
   * Draws a step into its scene ahead of time, while that scene is out of sight, so the step change that
   * brings it in finds its picture drawn. Only a scene already made (see prepare). The scene on screen can
   * only plan the step (see Scene.plan). In pieces for idle time: the scene's own (Scene.prepare), then the
   * drawing in one of its own.
   */
  preview(state: StepState): Steps<void>;
}

/** A stage with no size is not shown (the stacked layout): nothing is drawn for it. */
export const isEmpty = (v: Viewport) => v.width === 0 || v.height === 0;

const NAMES: readonly SceneName[] = ["map", "alliances", "chart", "timeline"];

export function createStage(container: HTMLElement, factories: Record<SceneName, SceneFactory>): Stage {
  const hosts = new Map<SceneName, HTMLElement>();
  const scenes = new Map<SceneName, Scene<unknown>>();
  let current: StepState | null = null;
  let drawn: StepState | null = null; // the step a scene last drew (null while its scene could not be made)

  for (const name of NAMES) {
    const host = document.createElement("div");
    host.className = `scene scene-${name}`;
    host.dataset.scene = name;
    container.append(host);
    hosts.set(name, host);
  }
  const viewport = (): Viewport => ({
    width: container.clientWidth,
    height: container.clientHeight,
    clear: Number.parseFloat(getComputedStyle(container).getPropertyValue("--clear")) || 1,
  });

  function sceneFor(name: SceneName): Scene<unknown> | null {
    let scene = scenes.get(name);
    if (!scene && isEmpty(viewport())) return null; // hidden (stacked): made once the stage is shown
    if (!scene) {
      scene = (factories[name](hosts.get(name)!, viewport()) as Scene<unknown> | null) ?? undefined;
      if (scene) scenes.set(name, scene);
    }
    return scene ?? null;
  }

  const stage: Stage = {
    render(state, animate) {
      const switching = current?.scene !== state.scene;
      current = state;
      container.dataset.scene = state.scene;
      container.dataset.step = state.id;
      for (const [name, host] of hosts) host.classList.toggle("is-active", name === state.scene);
      hosts.get(state.scene)!.dataset.step = state.id; // the step this scene's picture belongs to
      // A hidden stage (the stacked layout) draws nothing; resize() draws the step once it is shown again.
      if (isEmpty(viewport())) return void (drawn = null);
      // A scene coming into view starts from its target picture; only a scene already shown tweens.
      const scene = sceneFor(state.scene);
      scene?.render(state[state.scene], animate && !switching);
      drawn = scene ? state : null;
    },
    retry() {
      // Only a step whose scene could not draw it before: one already drawing must not be interrupted.
      if (current && drawn !== current) stage.render(current, false);
    },
    viewport,
    *preview(state) {
      const host = hosts.get(state.scene)!;
      const scene = scenes.get(state.scene);
      if (!scene || (state.scene !== current?.scene && host.dataset.step === state.id)) return;
      const pieces = scene.prepare?.(state[state.scene]);
      if (pieces) {
        yield* pieces;
        yield;
      }
      // Looked at again: the reader may have moved on while it was worked out.
      if (scenes.get(state.scene) !== scene) return;
      if (state.scene === current?.scene) return scene.plan?.(state[state.scene]);
      if (host.dataset.step === state.id) return;
      scene.render(state[state.scene], false);
      host.dataset.step = state.id;
    },
    prepare(name) {
      sceneFor(name);
    },
    resize() {
      const size = viewport(); // the layout may have switched between band, two columns and stacked
      if (isEmpty(size)) return;
      for (const scene of scenes.values()) scene.resize(size);
      stage.retry();
    },
  };
  return stage;
}
