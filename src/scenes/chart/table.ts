// Pure: the chart's facts as a table (screen readers, no-JS, CSV): one row per year, each series, the
// context value and the source.
import type { ChartState } from "../../model/state.ts";
import type { Table } from "../scene.ts";
import type { ChartRecord } from "./types.ts";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function chartTable(state: ChartState, chart: ChartRecord): Table {
  if (state.id !== chart.id) throw new Error(`chartTable: the state shows chart ${JSON.stringify(state.id)}, not ${JSON.stringify(chart.id)}`);
  const unit = chart.unit === "%" ? " (%)" : ` (${chart.unit})`;
  const names = new Map([...chart.rows.map((r) => [r.key, r.label] as const), ...chart.series.map((s) => [s.key, s.label] as const)]);
  const emphasis = state.highlight.filter((k) => names.has(k)).map((k) => names.get(k)!);
  const columns = ["Year", ...chart.series.map((s) => `${s.label}${unit}`), ...(chart.context ? [capitalise(chart.context.label)] : []), "Source"];
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? "no data" : v);
  const rows = chart.rows.map((r) => [
    r.label,
    ...chart.series.map((s) => cell(r.values[s.key])),
    ...(chart.context ? [cell(r.values[chart.context.key])] : []),
    r.sourceId,
  ]);
  return {
    caption: emphasis.length ? `${chart.title} (in focus: ${emphasis.join(", ")})` : chart.title,
    columns,
    rows,
    sources: [...new Set(chart.rows.map((r) => r.sourceId))],
  };
}
