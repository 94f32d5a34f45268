// Pure: the data table behind a step's graphic, whatever its scene, and the same table as CSV.
// Used at build time for the prerendered tables (screen readers, no JavaScript) and the CSV files.
import type { StepState } from "../model/state.ts";
import type { AlliancesData } from "./alliances/types.ts";
import { alliancesTable } from "./alliances/table.ts";
import type { ChartRecord } from "./chart/types.ts";
import { chartTable } from "./chart/table.ts";
import type { Table } from "./scene.ts";
import type { EventRecord } from "./timeline/types.ts";
import { timelineTable } from "./timeline/table.ts";

export interface TableData extends AlliancesData {
  readonly charts: readonly ChartRecord[];
  readonly events: readonly EventRecord[];
}

/** The table for a step, or null for a map (its description says what it shows). */
export function stepTable(state: StepState, data: TableData): Table | null {
  if (state.alliances) return alliancesTable(state.alliances, data);
  if (state.chart) {
    const id = state.chart.id;
    return chartTable(state.chart, data.charts.find((c) => c.id === id)!);
  }
  if (state.timeline) return timelineTable(state.timeline, data.events);
  return null;
}

/** RFC 4180 CSV: every field quoted when it needs to be, CRLF line ends. */
export function toCsv(table: Table): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns, ...table.rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
