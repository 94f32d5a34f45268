// The scenes the first view does not need (diagram, chart, timeline) and their data, in one chunk
// that main.ts loads when the browser is idle, or at once when a deep link opens on one of them.
import data from "virtual:story-scenes";
import { createAlliancesScene } from "./alliances/render.ts";
import { createChartScene } from "./chart/render.ts";
import type { SceneFactory } from "./stage.ts";
import { createTimelineScene } from "./timeline/render.ts";

export const laterScenes: Record<"alliances" | "chart" | "timeline", SceneFactory> = {
  alliances: (host, viewport) => createAlliancesScene(host, { actors: data.actors, relations: data.relations }, viewport),
  chart: (host, viewport) => createChartScene(host, data.charts, viewport),
  timeline: (host, viewport) => createTimelineScene(host, data.events, viewport),
};
