import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { MultiLineString } from "geojson";
import { mesh } from "topojson-client";
import { describe, expect, it } from "vitest";
import { geoFromTopology, GeoLoadError, loadGeo } from "../../src/geo/load.ts";
import { toPayload } from "../../src/build/payload.ts";
import { loaded, paths } from "./helpers.ts";

const topologyText = readFileSync(paths.geo, "utf8");
const borders = toPayload(loaded).borders;
const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe("the region geometry", () => {
  const geo = geoFromTopology(JSON.parse(topologyText), borders);

  it("has the three countries and their Sahel and European neighbours, by ISO numeric id", () => {
    const ids = new Set(geo.countries.map((c) => c.id));
    for (const id of ["788", "434", "012", "466", "562", "854", "380", "724", "250", "504"]) expect(ids).toContain(id);
  });

  it("has a line for each of the three shared borders", () => {
    for (const id of ["algeria-tunisia", "algeria-libya", "libya-tunisia"]) {
      expect(geo.borders.get(id)?.coordinates.length).toBeGreaterThan(0);
    }
  });

  it("keeps more detail along the shared borders than Natural Earth's 50m file has", () => {
    const require = createRequire(import.meta.url);
    const world50m = require("world-atlas/countries-50m.json");
    const count = (line: MultiLineString) => line.coordinates.reduce((n, l) => n + l.length, 0);
    for (const { id, a, b } of borders.filter((x) => ["algeria-tunisia", "algeria-libya", "libya-tunisia"].includes(x.id))) {
      const coarse = mesh(world50m, world50m.objects.countries, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a));
      expect(count(geo.borders.get(id)!), id).toBeGreaterThan(count(coarse));
    }
  });

  it("is a separate file small enough for a phone (under 100 KB raw)", () => {
    expect(topologyText.length).toBeLessThan(100_000);
  });
});

describe("loadGeo", () => {
  it("turns a 404 into a GeoLoadError that says so", async () => {
    await expect(loadGeo("/x.json", borders, respond("not found", 404))).rejects.toThrow(new GeoLoadError("the map file answered 404"));
  });
  it("turns a truncated file into a GeoLoadError", async () => {
    await expect(loadGeo("/x.json", borders, respond(topologyText.slice(0, 5000)))).rejects.toThrow(/not valid JSON/);
  });
  it("turns valid JSON of the wrong shape into a GeoLoadError", async () => {
    await expect(loadGeo("/x.json", borders, respond('{"type":"FeatureCollection"}'))).rejects.toThrow(/not a region topology/);
  });
  it("turns a network failure into a GeoLoadError", async () => {
    const failing = (async () => { throw new TypeError("Failed to fetch"); }) as unknown as typeof fetch;
    await expect(loadGeo("/x.json", borders, failing)).rejects.toThrow(/could not be fetched \(Failed to fetch\)/);
  });
  it("loads the real file", async () => {
    const geo = await loadGeo("/x.json", borders, respond(topologyText));
    expect(geo.countries.length).toBeGreaterThan(50);
  });
});
