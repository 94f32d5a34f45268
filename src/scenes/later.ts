// The scenes the first view does not need (diagram, chart, timeline) and their data, in one chunk
// that main.ts loads when the browser is idle, or at once when a deep link opens on one of them.
import data from "virtual:story-scenes";
import { alliancesModelSteps } from "./alliances/frame.ts";
import { createAlliancesScene } from "./alliances/render.ts";
import { createChartScene } from "./chart/render.ts";
import type { Viewport } from "./scene.ts";
import type { SceneFactory } from "./stage.ts";
import type { Steps } from "./steps.ts";
import { createTimelineScene } from "./timeline/render.ts";

const alliances = { actors: data.actors, relations: data.relations };

export const laterScenes: Record<"alliances" | "chart" | "timeline", SceneFactory> = {
  alliances: (host, viewport) => createAlliancesScene(host, alliances, viewport),
  chart: (host, viewport) => createChartScene(host, data.charts, viewport),
  timeline: (host, viewport) => createTimelineScene(host, data.events, viewport),
};

/** A scene's costly pure part, as pieces that idle time can run ahead; the scene then finds it done. */
export const laterModels: Partial<Record<keyof typeof laterScenes, (viewport: Viewport) => Steps<unknown>>> = {
  alliances: (viewport) => alliancesModelSteps(alliances, viewport),
};
