import { describe, expect, it } from "vitest";
import { checkData } from "../../src/build/data.ts";
import { formatError } from "../../src/story/messages.ts";
import { loaded } from "./helpers.ts";

const files = (edit: (d: typeof loaded.data) => void) => {
  const data = structuredClone(loaded.data);
  edit(data);
  return {
    sources: { file: "assets/data/sources.json", records: data.sources },
    places: { file: "assets/data/places.json", records: data.places },
    borders: { file: "assets/data/borders.json", records: data.borders },
    routes: { file: "assets/data/routes.json", records: data.routes },
    notes: { file: "assets/data/annotations.json", records: data.notes },
  };
};

describe("data files", () => {
  it("accept the real records", () => {
    expect(checkData(files(() => {})).errors).toEqual([]);
  });

  it("reject a record without a source, naming the file, the record and the field", () => {
    const { errors } = checkData(files((d) => void delete (d.places[0] as unknown as Record<string, unknown>).source));
    expect(errors.map(formatError)).toEqual([
      '[story:data] assets/data/places.json: record "tripoli": source: record has no source: every fact needs a source',
    ]);
  });

  it("reject a record whose source id is not in sources.json", () => {
    const { errors } = checkData(files((d) => void (d.borders[1].sourceId = "wikipedia")));
    expect(errors.map(formatError)).toEqual(['[story:data] assets/data/borders.json: record "algeria-libya": sourceId: unknown source "wikipedia"']);
  });

  it("every place has coordinates in range", () => {
    for (const p of loaded.data.places) {
      expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
  });
});
