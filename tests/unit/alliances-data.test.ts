// The alliances data: every relation joins known actors, has a known type and carries its source, copied
// faithfully from sources.json; the check names the file, the record and the field when one does not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAlliancesData } from "../../src/scenes/alliances/check.ts";
import { alliancesTable } from "../../src/scenes/alliances/table.ts";
import { RELATION_TYPES, relationParties, type ActorRecord, type RelationRecord } from "../../src/scenes/alliances/types.ts";

const ROOT = join(import.meta.dirname, "../..");
const records = <T>(file: string): T[] => JSON.parse(readFileSync(join(ROOT, file), "utf8")).records;
const actors = records<ActorRecord>("assets/data/actors.json");
const relations = records<RelationRecord>("assets/data/relations.json");
const sources = records<{ id: string; url: string; date: string; confidence: string }>("assets/data/sources.json");
const sourceIds = new Set(sources.map((s) => s.id));
const actorIds = new Set(actors.map((a) => a.id));

/** The real relations with one record edited. */
const withEdit = (id: string, edit: (r: Record<string, unknown>) => void) =>
  relations.map((r) => {
    if (r.id !== id) return r;
    const copy = structuredClone(r) as unknown as Record<string, unknown>;
    edit(copy);
    return copy;
  });

describe("actors.json", () => {
  it("has the actors of the piece, each with a short label of at most 14 characters and a known group", () => {
    expect([...actorIds].sort()).toEqual(["aes", "algeria", "china", "egypt", "eu", "iran", "italy", "libya", "morocco", "nato", "russia", "tunisia", "us"]);
    for (const a of actors) {
      expect(a.short.length, a.id).toBeLessThanOrEqual(14);
      expect(["west", "maghreb", "sahel", "rivals"], a.id).toContain(a.group);
    }
  });

  it("shows Libya's rival authorities as two parts, and the Sahel alliance's members, with sources", () => {
    const libya = actors.find((a) => a.id === "libya")!;
    expect(libya.parts?.map((p) => p.name)).toEqual(["Tripoli government", "Haftar’s east"]);
    const aes = actors.find((a) => a.id === "aes")!;
    expect(aes.members).toEqual(["Mali", "Burkina Faso", "Niger"]);
    expect(aes.sourceId).toBe("aes");
  });
});

describe("relations.json", () => {
  it("passes the check", () => {
    expect(checkAlliancesData(actors, relations, sourceIds)).toEqual([]);
  });

  it("joins known actors with a known type", () => {
    for (const r of relations) {
      expect(RELATION_TYPES, r.id).toContain(r.type);
      for (const id of relationParties(r)) expect(actorIds.has(id), `${r.id}: ${id}`).toBe(true);
    }
    expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
  });

  it("names a source from sources.json for every record, with its url, date and confidence", () => {
    for (const r of relations) {
      expect(sourceIds.has(r.sourceId), `${r.id}: ${r.sourceId}`).toBe(true);
      for (const field of ["source", "date", "confidence"] as const) expect(r[field], `${r.id}.${field}`).toBeTruthy();
      expect(typeof r.url, r.id).toBe("string");
      const source = sources.find((s) => s.id === r.sourceId)!;
      // Copied, not retyped: the record's provenance is its source's.
      expect(r.url, r.id).toBe(source.url);
      expect(r.confidence, r.id).toBe(source.confidence);
      for (const id of r.seeAlso ?? []) expect(sourceIds.has(id), `${r.id} seeAlso ${id}`).toBe(true);
    }
  });

  it("cites the article, and says so on screen, for what only the article claims", () => {
    const claims = relations.filter((r) => r.claim === "article");
    expect(claims.map((r) => r.id).sort()).toEqual(["maghreb-task-force"]);
    for (const r of claims) {
      expect(r.sourceId, r.id).toBe("article");
      expect(r.label, r.id).toMatch(/\(according to the article\)$/);
    }
    for (const r of relations.filter((r) => r.claim !== "article")) expect(r.sourceId, r.id).not.toBe("article");
    // No line ends at Iran: the rift the article reports is inside the alliance, Iran its subject (fact-check #3).
    expect(relations.some((r) => r.from === "iran" || r.to === "iran")).toBe(false);
    // The US–European tension is documented, not the article's alone (fact-check #2).
    expect(relations.find((r) => r.id === "us-nato-tension")).toMatchObject({ claim: null, sourceId: "us-drawdown-2025", seeAlso: ["us-romania-brigade-2025"] });
  });

  it("carries the sourced facts the piece needs, and nothing the sheet does not support", () => {
    const byId = new Map(relations.map((r) => [r.id, r]));
    expect(byId.get("us-tunisia-mnna")).toMatchObject({ type: "mnna", from: "us", to: "tunisia", year: 2015, sourceId: "mnna-tunisia" });
    expect(byId.get("us-morocco-mnna")).toMatchObject({ year: 2004, sourceId: "mnna-morocco" });
    expect(byId.get("us-egypt-mnna")).toMatchObject({ year: 1987, label: "Major non-NATO ally, 1987", sourceId: "mnna-egypt" });
    expect(byId.get("italy-libya-mou")).toMatchObject({ toPart: "tripoli" });
    expect(byId.get("russia-algeria-arms")).toMatchObject({ type: "arms", from: "russia", to: "algeria", label: "48.1% of major-arms imports, 2019–23 (our calculation from SIPRI data)", confidence: "medium" });
    expect(byId.get("russia-libya-forces")).toMatchObject({ type: "forces", toPart: "east", sourceId: "russia-libya" });
    expect(byId.get("maghreb-task-force")!.members).toEqual(["tunisia", "libya", "algeria"]);
    expect(byId.get("maghreb-task-force")!.seeAlso).toEqual(["lsm-tripoli"]);
    expect(byId.get("arab-maghreb-union")!.members!.slice().sort()).toEqual(["algeria", "libya", "morocco", "tunisia"]);
    // Italy's EU membership has no source in our sheet, so it is not drawn.
    expect(relations.some((r) => r.type === "member" && relationParties(r).includes("eu"))).toBe(false);
  });
});

describe("checkAlliancesData", () => {
  it("rejects a record without a source, naming the file, the record and the field", () => {
    const broken = withEdit("us-tunisia-mnna", (r) => void delete r.sourceId);
    expect(checkAlliancesData(actors, broken, sourceIds)).toEqual([
      'assets/data/relations.json: record "us-tunisia-mnna": sourceId: record has no sourceId: every fact needs a source',
    ]);
  });

  it("rejects a record whose url, date or confidence is missing", () => {
    const broken = withEdit("us-morocco-mnna", (r) => {
      r.url = "";
      delete r.confidence;
    });
    expect(checkAlliancesData(actors, broken, sourceIds)).toEqual([
      'assets/data/relations.json: record "us-morocco-mnna": url: record has no url: every fact needs a source',
      'assets/data/relations.json: record "us-morocco-mnna": confidence: record has no confidence: every fact needs a source',
    ]);
  });

  it("rejects a source id that is not in sources.json, and an unknown actor or type, suggesting the likely one", () => {
    const broken = withEdit("china-algeria-bri", (r) => {
      r.sourceId = "china-algria";
      r.to = "algera";
      r.type = "partnershp";
    });
    expect(checkAlliancesData(actors, broken, sourceIds)).toEqual([
      'assets/data/relations.json: record "china-algeria-bri": type: unknown relation type "partnershp" (did you mean "partnership"?)',
      'assets/data/relations.json: record "china-algeria-bri": to: unknown actor "algera" (did you mean "algeria"?)',
      'assets/data/relations.json: record "china-algeria-bri": sourceId: unknown source "china-algria" (did you mean "china-algeria"?)',
    ]);
  });

  it("rejects an article claim that cites another source, or is not labelled as the article's", () => {
    const broken = withEdit("maghreb-task-force", (r) => {
      r.sourceId = "nato-members";
      r.label = "Border task force, Jan 2025";
    });
    const errors = checkAlliancesData(actors, broken, sourceIds);
    expect(errors).toContain('assets/data/relations.json: record "maghreb-task-force": sourceId: a claim only the article makes cites the article (sourceId "article"), not "nato-members"');
    expect(errors).toContain('assets/data/relations.json: record "maghreb-task-force": label: an article claim says so on screen: end the label with "(according to the article)"');
  });

  it("rejects a part that the actor does not have, and a bloc's members without a source", () => {
    const brokenRelations = withEdit("russia-libya-forces", (r) => void (r.toPart = "west"));
    const brokenActors = actors.map((a) => (a.id === "aes" ? { ...a, sourceId: undefined } : a));
    expect(checkAlliancesData(brokenActors, brokenRelations, sourceIds)).toEqual([
      'assets/data/actors.json: record "aes": sourceId: record has no sourceId: every fact needs a source',
      'assets/data/relations.json: record "russia-libya-forces": toPart: unknown part of "libya" "west"',
    ]);
  });

  it("rejects a label longer than 14 characters", () => {
    const brokenActors = actors.map((a) => (a.id === "nato" ? { ...a, short: "NATO and the European allies" } : a));
    expect(checkAlliancesData(brokenActors, relations, sourceIds)).toEqual([
      'assets/data/actors.json: record "nato": short: is 28 characters; the label takes at most 14',
    ]);
  });
});

describe("the alliances table", () => {
  it("has one row per relation shown, in data order, with from, relation, to, year and source", () => {
    const state = { actors: ["us"], relations: ["russia-libya-forces", "us-tunisia-mnna", "maghreb-task-force"], focus: [] };
    const table = alliancesTable(state, { actors, relations });
    expect(table.columns).toEqual(["From", "Relation", "To", "Year", "Source"]);
    expect(table.rows).toEqual([
      ["United States", "Major non-NATO ally, 2015", "Tunisia", 2015, "Security Assistance Monitor; Xinhua (11 Jul 2015, 'on Friday'), 2015-07 (confidence: high)"],
      ["Russia", "Wagner, then Africa Corps, with Haftar", "Libya (Haftar’s east)", "", expect.stringContaining("RUSI")],
      ["Tunisia", "Border task force, Jan 2025 (according to the article)", "Libya, Algeria", 2025, "The article (opinion), 2026 (confidence: low)"],
    ]);
    expect([...table.sources].sort()).toEqual(["article", "lsm-tripoli", "mnna-tunisia", "russia-libya"]);
  });

  it("is empty when no relation is shown", () => {
    expect(alliancesTable({ actors: ["us"], relations: [], focus: [] }, { actors, relations }).rows).toEqual([]);
  });
});
