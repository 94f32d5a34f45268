// The records of assets/data/charts.json, as the chart scene reads them. Every row names its source.

export type Confidence = "high" | "medium" | "low";

/** One bar per row: a country of departure, a share. Told apart by pattern and label, not colour alone. */
export interface SeriesRecord {
  readonly key: string;
  readonly label: string;
}

/** A value per row printed under the year for context (the total, deaths worldwide), not drawn as a bar. */
export interface ContextRecord {
  readonly key: string;
  /** Spelled out in the legend after the short label ("Total: all sea arrivals…"), so lower case. */
  readonly label: string;
  /** The row header under the axis: a word or two. */
  readonly short: string;
}

export interface ChartRow {
  /** Row key, e.g. "2023": what a step's `chart.highlight` names. */
  readonly key: string;
  readonly label: string;
  /** Series and context values by key; null where the source gives none (drawn as "no data", never guessed). */
  readonly values: Readonly<Record<string, number | null>>;
  /** An id in assets/data/sources.json. */
  readonly sourceId: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface ChartRecord {
  readonly id: string;
  readonly title: string;
  /** What the value axis measures ("Sea arrivals"); drawn with the unit: "Sea arrivals (people)". */
  readonly axis: string;
  /** "people", "%": percent values are printed as "35%". */
  readonly unit: string;
  /** Fixes the top of the value axis (100 for a share); null: a nice number above the largest bar. */
  readonly max: number | null;
  readonly note: string;
  readonly series: readonly SeriesRecord[];
  readonly context: ContextRecord | null;
  readonly rows: readonly ChartRow[];
}
