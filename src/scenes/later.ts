// The scenes the first view does not need (diagram, chart, timeline), in one chunk that startStory
// loads when the browser is idle, or at once when a deep link opens on one of them. Their data is a
// JSON file (virtual:story-scenes, src/build/plugin.ts) that startStory fetches alongside.
import type { ScenePayload } from "../model/payload.ts";
import type { StepState } from "../model/state.ts";
import { alliancesPreparationSteps } from "./alliances/frame.ts";
import { createAlliancesScene } from "./alliances/render.ts";
import { alliancesData } from "./alliances/types.ts";
import { createChartScene } from "./chart/render.ts";
import type { Viewport } from "./scene.ts";
import type { SceneFactory } from "./stage.ts";
import type { Steps } from "../schedule/steps.ts";
import { createTimelineScene } from "./timeline/render.ts";

export type LaterName = "alliances" | "chart" | "timeline";

export interface LaterScenes {
  readonly scenes: Record<LaterName, SceneFactory>;
  /** A scene's costly pure part (its model, its steps' frames), as pieces that idle time can run ahead; the scene then finds it done. */
  readonly models: Partial<Record<LaterName, (viewport: Viewport, states: readonly StepState[]) => Steps<unknown>>>;
}

/** The scenes' factories, on their data (fetched by startStory, in parallel with this chunk). */
export function laterScenes(data: ScenePayload, states: readonly StepState[]): LaterScenes {
  const alliances = alliancesData(data.actors, data.relations, states.flatMap((s) => (s.alliances ? [s.alliances] : [])));
  return {
    scenes: {
      alliances: (host, viewport) => createAlliancesScene(host, alliances, viewport),
      chart: (host, viewport) => createChartScene(host, data.charts, viewport),
      timeline: (host, viewport) => createTimelineScene(host, data.events, viewport),
    },
    models: { alliances: (viewport, states) => alliancesPreparationSteps(alliances, viewport, states.flatMap((s) => (s.alliances ? [s.alliances] : []))) },
  };
}
