// The sourced data files in assets/data, their shapes, and the rule that every record names its source.
import type { RouteType } from "../model/payload.ts";
import { messages, type StoryError } from "../story/messages.ts";

export interface SourceRecord { id: string; short: string; title: string; publisher: string; url: string; date: string; confidence: string; note?: string }
export interface PlaceRecord { id: string; name: string; lat: number; lon: number; sourceId: string; confidence: string; note?: string }
export interface BorderRecord { id: string; pair: [string, string]; km: number; sourceId: string; confidence: string }

export interface RouteRecord { id: string; type: RouteType; points: string[]; label: string; schematic: boolean; series?: string; sourceId: string }
export interface NoteRecord { id: string; at: string; dx: number; dy: number; label: string; sourceId: string }

export interface StoryData {
  sources: SourceRecord[];
  places: PlaceRecord[];
  borders: BorderRecord[];
  routes: RouteRecord[];
  notes: NoteRecord[];
}

const REQUIRED: Record<keyof StoryData, string[]> = {
  sources: ["id", "short", "title", "publisher", "date", "confidence"],
  places: ["id", "name", "lat", "lon", "source", "url", "date", "confidence", "sourceId"],
  borders: ["id", "pair", "km", "source", "url", "date", "confidence", "sourceId"],
  routes: ["id", "type", "points", "label", "schematic", "sourceId"],
  notes: ["id", "at", "label", "sourceId"],
};

/** Checks that each record carries its provenance. Returns errors naming the file, record and field. */
export function checkData(files: Record<keyof StoryData, { file: string; records: unknown }>): { data: StoryData | null; errors: StoryError[] } {
  const errors: StoryError[] = [];
  const out: Partial<Record<keyof StoryData, unknown[]>> = {};
  for (const key of Object.keys(REQUIRED) as (keyof StoryData)[]) {
    const { file, records } = files[key];
    if (!Array.isArray(records)) {
      errors.push({ stage: "data", file, step: null, field: "records", message: messages.missing() });
      continue;
    }
    records.forEach((record: Record<string, unknown>, i) => {
      const label = typeof record?.id === "string" ? JSON.stringify(record.id) : `#${i + 1}`;
      for (const field of REQUIRED[key]) {
        const v = record?.[field];
        if (v === undefined || v === null || v === "") {
          errors.push({ stage: "data", file, step: `record ${label}`, field, message: messages.sourceMissing(field) });
        }
      }
    });
    out[key] = records;
  }
  if (!errors.length) {
    const ids = new Set((out.sources as SourceRecord[]).map((s) => s.id));
    for (const key of ["places", "borders", "routes", "notes"] as const) {
      for (const r of out[key] as { id: string; sourceId: string }[]) {
        if (!ids.has(r.sourceId)) errors.push({ stage: "data", file: files[key].file, step: `record ${JSON.stringify(r.id)}`, field: "sourceId", message: messages.unknownValue("source", r.sourceId, null) });
      }
    }
    const places = new Set((out.places as PlaceRecord[]).map((p) => p.id));
    const placeError = (key: "routes" | "notes", id: string, field: string, place: string) =>
      errors.push({ stage: "data", file: files[key].file, step: `record ${JSON.stringify(id)}`, field, message: messages.unknownValue("place", place, null) });
    for (const r of out.routes as RouteRecord[]) for (const p of r.points) if (!places.has(p)) placeError("routes", r.id, "points", p);
    for (const n of out.notes as NoteRecord[]) if (!places.has(n.at)) placeError("notes", n.id, "at", n.at);
  }
  return errors.length ? { data: null, errors } : { data: out as unknown as StoryData, errors };
}
