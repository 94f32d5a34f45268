// Pure: checks assets/data/charts.json as read from disk. Every row names a known source; values are
// numbers (or null: no data) for every series; keys are unique. Errors name the file, record, row and field.

export const CHARTS_FILE = "assets/data/charts.json";
const CONFIDENCE = ["high", "medium", "low"];

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const q = JSON.stringify;

/** Every problem with `charts` (the file's `records`), one message each; empty when the charts are sound. */
export function checkCharts(charts: unknown, sourceIds: Iterable<string>): string[] {
  const known = new Set(sourceIds);
  const errors: string[] = [];
  if (!Array.isArray(charts)) return [`${CHARTS_FILE}: records: is required (an array of charts)`];
  const chartIds = new Set<string>();
  charts.forEach((chart: unknown, i) => {
    const where = `${CHARTS_FILE}: record ${isRec(chart) && str(chart.id) ? q(chart.id) : `#${i + 1}`}`;
    const err = (field: string, message: string) => errors.push(`${where}: ${field}: ${message}`);
    if (!isRec(chart)) return void errors.push(`${where}: is not an object`);
    if (!str(chart.id)) err("id", "is required");
    else if (chartIds.has(chart.id)) err("id", "duplicate id");
    else chartIds.add(chart.id);
    for (const field of ["title", "axis", "unit", "note"]) if (!str(chart[field])) err(field, "is required");
    if (chart.max !== null && !(typeof chart.max === "number" && chart.max > 0)) err("max", "must be a positive number or null");

    const series = Array.isArray(chart.series) ? chart.series : [];
    if (!series.length) err("series", "is required (at least one series)");
    const keys = new Set<string>();
    series.forEach((s: unknown, j) => {
      if (!isRec(s) || !str(s.key) || !str(s.label)) return void err(`series #${j + 1}`, "needs a key and a label");
      if (keys.has(s.key)) err(`series ${q(s.key)}`, "duplicate key");
      keys.add(s.key);
    });
    const context = chart.context;
    if (context !== null && context !== undefined) {
      if (!isRec(context) || !str(context.key) || !str(context.label) || !str(context.short)) err("context", "needs a key, a label and a short label (or null)");
      else if (keys.has(context.key)) err("context", `key ${q(context.key)} is also a series`);
    }
    const contextKey = isRec(context) && str(context.key) ? context.key : null;

    const rows = Array.isArray(chart.rows) ? chart.rows : [];
    if (!rows.length) err("rows", "is required (at least one row)");
    const rowKeys = new Set<string>();
    rows.forEach((row: unknown, j) => {
      const at = `row ${isRec(row) && str(row.key) ? q(row.key) : `#${j + 1}`}`;
      const rowErr = (field: string, message: string) => errors.push(`${where} ${at}: ${field}: ${message}`);
      if (!isRec(row)) return void rowErr("row", "is not an object");
      if (!str(row.key)) rowErr("key", "is required");
      else if (rowKeys.has(row.key) || keys.has(row.key)) rowErr("key", "duplicate key (row keys and series keys share one namespace: a highlight names either)");
      else rowKeys.add(row.key);
      if (!str(row.label)) rowErr("label", "is required");
      if (!str(row.sourceId)) rowErr("sourceId", "record has no sourceId: every fact needs a source");
      else if (!known.has(row.sourceId)) rowErr("sourceId", `unknown source ${q(row.sourceId)}`);
      if (!CONFIDENCE.includes(row.confidence as string)) rowErr("confidence", `is ${q(row.confidence ?? null)}; use high, medium or low`);
      if (!isRec(row.values)) return void rowErr("values", "is required");
      const values = row.values;
      for (const key of [...keys, ...(contextKey ? [contextKey] : [])]) {
        const v = values[key];
        if (v === undefined) rowErr(`values.${key}`, "is missing (write null where the source gives no figure)");
        else if (v !== null && !(typeof v === "number" && Number.isFinite(v) && v >= 0)) rowErr(`values.${key}`, `must be a number of at least 0, or null; got ${q(v)}`);
      }
      for (const key of Object.keys(values)) if (!keys.has(key) && key !== contextKey) rowErr(`values.${key}`, "is not a series or the context value of this chart");
      if (typeof chart.max === "number") {
        for (const key of keys) {
          const v = values[key];
          if (typeof v === "number" && v > chart.max) rowErr(`values.${key}`, `${v} is above the chart's max ${chart.max}`);
        }
      }
    });
  });
  return errors;
}
