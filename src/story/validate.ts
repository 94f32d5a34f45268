import { align } from "./align.ts";
import { messages, type StoryError } from "./messages.ts";
import { suggest } from "./suggest.ts";
import { CLAIMS, KINDS, type Claim, type Kind, type MapSpec, type Step, type Story } from "./types.ts";

/** What the story may refer to, read from assets/ by the caller. */
export interface Vocabulary {
  /** Country name (as in Natural Earth) to ISO 3166-1 numeric id. */
  countries: ReadonlyMap<string, string>;
  places: ReadonlySet<string>;
  borders: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export type Validated = { story: Story; errors: [] } | { story: null; errors: StoryError[] };

const TOP_KEYS = ["title", "byline", "lang", "steps"];
const STEP_KEYS = ["id", "heading", "kind", "lang", "text", "title", "description", "notes", "sources", "claim", "map"];
const MAP_KEYS = ["focus", "highlight", "threat", "labels", "borders", "places", "lengths"];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MARKUP = /<\/?[a-z!][^>]*>|&#?[a-z0-9]+;/i;
export const MIN_DESCRIPTION = 40;

const typeName = (v: unknown) => (Array.isArray(v) ? "a list" : v === null ? "nothing" : typeof v === "object" ? "a block" : typeof v);
const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/** Raw ArchieML objects to a Story, or every error found, each naming its step and field. */
export function validate(raw: Record<string, unknown>, vocabulary: Vocabulary, article: string, file: string): Validated {
  const errors: StoryError[] = [];
  const fail = (step: string | null, field: string | null, message: string) =>
    errors.push({ stage: "validate", file, step, field, message });

  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) fail(null, key, messages.unknownKey(key, suggest(key, TOP_KEYS)));
  const title = typeof raw.title === "string" ? raw.title.trim() : "";
  if (!title) fail(null, "title", raw.title === undefined ? messages.missing() : messages.empty());
  const lang = typeof raw.lang === "string" && LANG.test(raw.lang) ? raw.lang : "en";

  const countryNames = [...vocabulary.countries.keys()];
  const countryByLowerName = new Map(countryNames.map((n) => [n.toLowerCase(), vocabulary.countries.get(n)!]));
  const seen = new Map<string, number>();
  const steps: Step[] = [];
  const passages: { label: string; heading: string | null; text: string }[] = [];

  (raw.steps as unknown[]).forEach((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      fail(`#${index + 1}`, null, messages.stepNotObject());
      return;
    }
    const block = item as Record<string, unknown>;
    const idValue = typeof block.id === "string" ? block.id.trim() : "";
    const label = idValue && ID.test(idValue) ? JSON.stringify(idValue) : `#${index + 1}`;
    const at = (field: string, message: string) => fail(label, field, message);

    for (const key of Object.keys(block)) if (!STEP_KEYS.includes(key)) at(key, messages.unknownKey(key, suggest(key, STEP_KEYS)));

    const text = (field: string, options: { required: boolean; min?: number }): string | null => {
      const value = block[field];
      if (value === undefined) {
        if (options.required) at(field, messages.missing());
        return null;
      }
      if (typeof value !== "string") return at(field, messages.notString(typeName(value))), null;
      const trimmed = value.trim();
      if (!trimmed) return at(field, messages.empty()), null;
      if (MARKUP.test(trimmed)) return at(field, messages.markup()), null;
      if (options.min && trimmed.length < options.min) at(field, messages.tooShort(options.min, trimmed.length));
      return trimmed;
    };

    if (block.id === undefined) at("id", messages.missing());
    else if (!idValue || !ID.test(idValue)) at("id", messages.badId(String(block.id)));
    else if (seen.has(idValue)) at("id", messages.duplicateId(seen.get(idValue)!));
    else seen.set(idValue, index);

    const passage = text("text", { required: true });
    const heading = text("heading", { required: false });
    const stepTitle = text("title", { required: true });
    const description = text("description", { required: true, min: MIN_DESCRIPTION });
    const notes = text("notes", { required: false });

    const kindValue = text("kind", { required: true });
    let kind: Kind = "analysis";
    if (kindValue !== null) {
      if ((KINDS as readonly string[]).includes(kindValue)) kind = kindValue as Kind;
      else at("kind", messages.badKind(kindValue, suggest(kindValue, KINDS)));
    }
    const claimValue = text("claim", { required: false });
    let claim: Claim | null = null;
    if (claimValue !== null) {
      if ((CLAIMS as readonly string[]).includes(claimValue)) claim = claimValue as Claim;
      else at("claim", messages.unknownValue("claim", claimValue, suggest(claimValue, CLAIMS)));
    }
    const stepLang = text("lang", { required: false });
    if (stepLang !== null && !LANG.test(stepLang)) at("lang", messages.unknownValue("language tag", stepLang, null));

    const ids = (field: string, value: unknown, what: string, known: ReadonlySet<string>): string[] => {
      if (value === undefined) return [];
      if (typeof value !== "string") return at(field, messages.notString(typeName(value))), [];
      const out: string[] = [];
      for (const v of list(value)) {
        if (known.has(v)) out.push(v);
        else at(field, messages.unknownValue(what, v, suggest(v, known)));
      }
      return out;
    };
    const countries = (field: string, value: unknown): string[] => {
      if (value === undefined) return [];
      if (typeof value !== "string") return at(field, messages.notString(typeName(value))), [];
      const out: string[] = [];
      for (const name of list(value)) {
        const id = countryByLowerName.get(name.toLowerCase());
        if (id) out.push(id);
        else at(field, messages.unknownValue("country", name, suggest(name, countryNames)));
      }
      return out;
    };

    const sources = ids("sources", block.sources, "source", vocabulary.sources);

    let map: MapSpec | null = null;
    const rawMap = block.map;
    if (rawMap === undefined) at("map.focus", messages.missing());
    else if (typeof rawMap !== "object" || rawMap === null || Array.isArray(rawMap)) at("map", messages.notString(typeName(rawMap)).replace("text", "a block of map.* keys"));
    else {
      const m = rawMap as Record<string, unknown>;
      for (const key of Object.keys(m)) if (!MAP_KEYS.includes(key)) at(`map.${key}`, messages.unknownKey(`map.${key}`, suggest(key, MAP_KEYS)?.replace(/^/, "map.") ?? null));
      const focus = countries("map.focus", m.focus);
      if (m.focus === undefined) at("map.focus", messages.missing());
      else if (typeof m.focus === "string" && list(m.focus).length === 0) at("map.focus", messages.focusEmpty());
      let lengths = false;
      if (m.lengths !== undefined) {
        if (m.lengths === "yes" || m.lengths === "no") lengths = m.lengths === "yes";
        else at("map.lengths", messages.badBoolean(String(m.lengths)));
      }
      map = {
        focus,
        highlight: countries("map.highlight", m.highlight),
        threat: countries("map.threat", m.threat),
        labels: m.labels === undefined ? null : countries("map.labels", m.labels),
        borders: ids("map.borders", m.borders, "border", vocabulary.borders),
        places: ids("map.places", m.places, "place", vocabulary.places),
        lengths,
      };
    }

    if (passage !== null) passages.push({ label, heading, text: passage });
    if (passage !== null && stepTitle !== null && description !== null && map) {
      steps.push({
        id: idValue, heading, text: passage, kind, lang: stepLang ?? lang, title: stepTitle,
        description, notes, sources, claim, map,
      });
    }
  });

  // Word for word and in order, for every step that has a text at all.
  if (passages.length) {
    const { problems } = align(passages, article);
    for (const p of problems) {
      const label = p.index === null ? null : passages[p.index].label;
      if (p.problem === "uncovered") fail(label, "text", messages.articleNotCovered(p.expected));
      else if (p.problem === "mid-sentence") fail(label, p.field, messages.splitMidSentence());
      else fail(label, p.field, p.field === "heading" ? messages.headingNotInArticle(p.expected) : messages.notInArticle(p.expected));
    }
  }

  if (errors.length) return { story: null, errors };
  return { story: { title, byline: typeof raw.byline === "string" ? raw.byline.trim() : "", lang, steps }, errors: [] };
}
