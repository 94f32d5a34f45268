// The rules for actors.json and relations.json: every relation joins known actors, has a known type, and
// names its source with the source's provenance. Pure; returns one message per problem, naming file,
// record and field (e.g. `assets/data/relations.json: record "us-tunisia-mnna": sourceId: record has no
// sourceId: every fact needs a source`).
import { messages } from "../../story/messages.ts";
import { suggest } from "../../story/suggest.ts";
import { ACTOR_GROUPS, RELATION_TYPES, type RelationRecord } from "./types.ts";

export const ACTORS_FILE = "assets/data/actors.json";
export const RELATIONS_FILE = "assets/data/relations.json";
/** The source id that marks a claim only the article makes. */
export const ARTICLE = "article";
export const MAX_SHORT = 14;

const ACTOR_FIELDS = ["id", "name", "short", "group"] as const;
const PROVENANCE = ["sourceId", "source", "url", "date", "confidence"] as const;
const CONFIDENCE = ["high", "medium", "low"];

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export function checkAlliancesData(actors: readonly unknown[], relations: readonly unknown[], sourceIds: Iterable<string>): string[] {
  const errors: string[] = [];
  const sources = new Set(sourceIds);
  const at = (file: string, label: string, field: string, message: string) => errors.push(`${file}: record ${label}: ${field}: ${message}`);
  const labelOf = (r: Record<string, unknown> | null, i: number) => (typeof r?.id === "string" && r.id ? JSON.stringify(r.id) : `#${i + 1}`);
  const knownSource = (file: string, label: string, field: string, id: unknown) => {
    if (typeof id === "string" && !sources.has(id)) at(file, label, field, messages.unknownValue("source", id, suggest(id, sources)));
  };

  if (!Array.isArray(actors)) errors.push(`${ACTORS_FILE}: records: ${messages.missing()}`);
  if (!Array.isArray(relations)) errors.push(`${RELATIONS_FILE}: records: ${messages.missing()}`);
  if (errors.length) return errors;

  const actorIds = new Map<string, Set<string>>(); // actor id -> its part ids
  actors.forEach((raw, i) => {
    const a = (raw ?? null) as Record<string, unknown> | null;
    const label = labelOf(a, i);
    for (const field of ACTOR_FIELDS) if (blank(a?.[field])) at(ACTORS_FILE, label, field, messages.missing());
    if (!a || typeof a.id !== "string") return;
    if (actorIds.has(a.id)) at(ACTORS_FILE, label, "id", "duplicate id");
    if (typeof a.short === "string" && a.short.length > MAX_SHORT) at(ACTORS_FILE, label, "short", `is ${a.short.length} characters; the label takes at most ${MAX_SHORT}`);
    if (typeof a.group === "string" && !(ACTOR_GROUPS as readonly string[]).includes(a.group)) at(ACTORS_FILE, label, "group", messages.unknownValue("group", a.group, suggest(a.group, ACTOR_GROUPS)));
    if (a.kind !== undefined && a.kind !== "state" && a.kind !== "bloc") at(ACTORS_FILE, label, "kind", 'is neither "state" nor "bloc"');
    const parts = new Set<string>();
    if (a.parts !== undefined) {
      const list = Array.isArray(a.parts) ? (a.parts as Record<string, unknown>[]) : [];
      if (list.length !== 2) at(ACTORS_FILE, label, "parts", "must list exactly two parts (drawn as the west and east halves)");
      for (const p of list) {
        if (blank(p?.id) || blank(p?.name) || blank(p?.short)) at(ACTORS_FILE, label, "parts", "each part needs id, name and short");
        else if (String(p.short).length > MAX_SHORT) at(ACTORS_FILE, label, "parts", `short ${JSON.stringify(p.short)} is longer than ${MAX_SHORT} characters`);
        if (typeof p?.id === "string") parts.add(p.id);
      }
    }
    // A bloc's member list is a fact, so it needs a source.
    if (a.members !== undefined && blank(a.sourceId)) at(ACTORS_FILE, label, "sourceId", messages.sourceMissing("sourceId"));
    knownSource(ACTORS_FILE, label, "sourceId", a.sourceId);
    actorIds.set(a.id, parts);
  });

  const relationIds = new Set<string>();
  relations.forEach((raw, i) => {
    const r = (raw ?? null) as Record<string, unknown> | null;
    const label = labelOf(r, i);
    if (!r || blank(r.id)) at(RELATIONS_FILE, label, "id", messages.missing());
    else if (relationIds.has(String(r.id))) at(RELATIONS_FILE, label, "id", "duplicate id");
    else relationIds.add(String(r.id));
    if (!r) return;
    if (blank(r.type)) at(RELATIONS_FILE, label, "type", messages.missing());
    else if (!(RELATION_TYPES as readonly string[]).includes(String(r.type))) at(RELATIONS_FILE, label, "type", messages.unknownValue("relation type", String(r.type), suggest(String(r.type), RELATION_TYPES)));
    if (blank(r.label)) at(RELATIONS_FILE, label, "label", messages.missing());
    if (r.year !== null && r.year !== undefined && !Number.isInteger(r.year)) at(RELATIONS_FILE, label, "year", "must be a year (a whole number) or null");

    for (const end of ["from", "to"] as const) {
      const id = r[end];
      if (blank(id)) at(RELATIONS_FILE, label, end, messages.missing());
      else if (!actorIds.has(String(id))) at(RELATIONS_FILE, label, end, messages.unknownValue("actor", String(id), suggest(String(id), actorIds.keys())));
      const part = r[`${end}Part`];
      if (part !== undefined && !actorIds.get(String(id))?.has(String(part))) at(RELATIONS_FILE, label, `${end}Part`, messages.unknownValue(`part of ${JSON.stringify(id)}`, String(part), null));
    }
    if (r.members !== undefined) {
      const members = Array.isArray(r.members) ? r.members.map(String) : [];
      if (members.length < 3) at(RELATIONS_FILE, label, "members", "a many-sided relation lists at least three actors");
      for (const m of members) if (!actorIds.has(m)) at(RELATIONS_FILE, label, "members", messages.unknownValue("actor", m, suggest(m, actorIds.keys())));
      for (const end of ["from", "to"] as const) if (typeof r[end] === "string" && !members.includes(r[end] as string)) at(RELATIONS_FILE, label, "members", `does not include ${end} ${JSON.stringify(r[end])}`);
    } else if (typeof r.from === "string" && r.from === r.to) at(RELATIONS_FILE, label, "to", "a relation joins two different actors");

    // Provenance: every fact needs a source, and the source's details travel with it.
    for (const field of PROVENANCE) {
      // The article is a text, not a page: its url may be empty. Every other source needs one.
      if (field === "url" && r.sourceId === ARTICLE && typeof r.url === "string") continue;
      if (blank(r[field])) at(RELATIONS_FILE, label, field, messages.sourceMissing(field));
    }
    knownSource(RELATIONS_FILE, label, "sourceId", r.sourceId);
    if (typeof r.confidence === "string" && !CONFIDENCE.includes(r.confidence)) at(RELATIONS_FILE, label, "confidence", messages.unknownValue("confidence", r.confidence, suggest(r.confidence, CONFIDENCE)));
    if (r.claim !== null && r.claim !== undefined && r.claim !== ARTICLE) at(RELATIONS_FILE, label, "claim", `must be "article" or null, not ${JSON.stringify(r.claim)}`);
    if (r.claim === ARTICLE && r.sourceId !== ARTICLE) at(RELATIONS_FILE, label, "sourceId", `a claim only the article makes cites the article (sourceId "article"), not ${JSON.stringify(r.sourceId)}`);
    if (r.sourceId === ARTICLE && r.claim !== ARTICLE) at(RELATIONS_FILE, label, "claim", 'a relation citing the article is a claim of the article: set claim to "article"');
    if (r.claim === ARTICLE && typeof r.label === "string" && !r.label.includes("according to the article")) at(RELATIONS_FILE, label, "label", 'an article claim says so on screen: end the label with "(according to the article)"');
    if (r.seeAlso !== undefined) {
      if (!Array.isArray(r.seeAlso)) at(RELATIONS_FILE, label, "seeAlso", "must be a list of source ids");
      else for (const id of r.seeAlso) knownSource(RELATIONS_FILE, label, "seeAlso", id);
    }
  });
  return errors;
}

/** Every source id the relations cite (sourceId and seeAlso), sorted, for tables and source lines. */
export const citedSources = (relations: readonly RelationRecord[]): string[] =>
  [...new Set(relations.flatMap((r) => [r.sourceId, ...(r.seeAlso ?? [])]))].sort();

