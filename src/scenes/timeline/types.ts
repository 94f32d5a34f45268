// The records of assets/data/events.json, as the timeline scene reads them. Every event names its source.

export type Precision = "day" | "month" | "year";

export interface EventRecord {
  readonly id: string;
  /** As precise as the source: "1989-02-17" (day), "2025-01" (month) or "2011" (year). */
  readonly date: string;
  readonly precision: Precision;
  readonly label: string;
  /** "article": only the article states it; drawn hollow with a dashed stem and labelled so. */
  readonly claim: "article" | null;
  /** An id in assets/data/sources.json ("article" for what only the article states). */
  readonly sourceId: string;
}
