import { align } from "./align.ts";
import { STEP_MAX, STORY_MAX } from "./limits.ts";
import { messages, type StoryError } from "./messages.ts";
import { MARKUP } from "./markup.ts";
import { suggest } from "./suggest.ts";
import { validateCorrections } from "./validateCorrections.ts";
import { CLAIMS, KINDS, type AlliancesSpec, type ChartSpec, type Claim, type Kind, type MapSpec, type Step, type Story, type TimelineSpec } from "./types.ts";

/** What the story may refer to, read from assets/ by the caller. */
export interface Vocabulary {
  /** Country name (as in Natural Earth) to ISO 3166-1 numeric id. */
  countries: ReadonlyMap<string, string>;
  places: ReadonlySet<string>;
  borders: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  notes: ReadonlySet<string>;
  /** Row keys of the arrivals chart: the years a map can size its sea routes by. */
  years: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Chart id to the keys (rows and series) it can highlight. */
  charts: ReadonlyMap<string, ReadonlySet<string>>;
  events: ReadonlySet<string>;
}

export type Validated = { story: Story; errors: [] } | { story: null; errors: StoryError[] };

export const TOP_KEYS = ["title", "byline", "lang", "steps", "corrections", "factchecked"];
export const STEP_KEYS = ["id", "heading", "kind", "lang", "text", "title", "description", "notes", "sources", "claim", "map", "alliances", "chart", "timeline"];
const PICTURES = ["map", "alliances", "chart", "timeline"] as const;
const BLOCK_KEYS: Record<(typeof PICTURES)[number], string[]> = {
  map: ["focus", "highlight", "threat", "labels", "borders", "places", "lengths", "flows", "year", "notes"],
  alliances: ["actors", "relations", "focus"],
  chart: ["id", "highlight"],
  timeline: ["events", "focus"],
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const MIN_DESCRIPTION = 40;

const typeName = (v: unknown) => (Array.isArray(v) ? "a list" : v === null ? "nothing" : typeof v === "object" ? "a block" : typeof v);
const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);
const isBlock = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Raw ArchieML objects to a Story, or every error found, each naming its step and field. */
export function validate(raw: Record<string, unknown>, vocabulary: Vocabulary, article: string, file: string): Validated {
  const errors: StoryError[] = [];
  const fail = (step: string | null, field: string | null, message: string) =>
    errors.push({ stage: "validate", file, step, field, message });

  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) fail(null, key, messages.unknownKey(key, suggest(key, TOP_KEYS)));
  // The story's own title and byline: text, and never markup (they go into <title> and the masthead).
  const topText = (key: string): string => {
    const value = raw[key];
    if (value === undefined) return "";
    if (typeof value !== "string") return fail(null, key, messages.notString(typeName(value))), "";
    if (MARKUP.test(value)) return fail(null, key, messages.markup()), "";
    if (value.trim().length > STORY_MAX[key]) return fail(null, key, messages.tooLong(STORY_MAX[key], value.trim().length)), "";
    return value.trim();
  };
  const title = topText("title");
  if (raw.title === undefined) fail(null, "title", messages.missing());
  else if (typeof raw.title === "string" && !raw.title.trim()) fail(null, "title", messages.empty());
  const byline = topText("byline");
  const lang = typeof raw.lang === "string" && LANG.test(raw.lang) ? raw.lang : "en";

  const countryNames = [...vocabulary.countries.keys()];
  const countryByLowerName = new Map(countryNames.map((n) => [n.toLowerCase(), vocabulary.countries.get(n)!]));
  const seen = new Map<string, number>();
  const steps: Step[] = [];
  // Every step's passage, in order; text null (and heading undefined) where the step's own error says why.
  const passages: { label: string; heading: string | null | undefined; text: string | null }[] = [];

  (raw.steps as unknown[]).forEach((item, index) => {
    if (!isBlock(item)) {
      fail(`#${index + 1}`, null, messages.stepNotObject());
      passages.push({ label: `#${index + 1}`, heading: null, text: null });
      return;
    }
    const block = item;
    const idValue = typeof block.id === "string" ? block.id.trim() : "";
    const label = idValue && ID.test(idValue) ? JSON.stringify(idValue) : `#${index + 1}`;
    const at = (field: string, message: string) => fail(label, field, message);

    for (const key of Object.keys(block)) {
      if (STEP_KEYS.includes(key)) continue;
      at(key, TOP_KEYS.includes(key) ? messages.topKeyInStep(key) : messages.unknownKey(key, suggest(key, STEP_KEYS)));
    }

    const text = (field: string, value: unknown, options: { required: boolean; min?: number }): string | null => {
      if (value === undefined) {
        if (options.required) at(field, messages.missing());
        return null;
      }
      if (typeof value !== "string") return at(field, messages.notString(typeName(value))), null;
      const trimmed = value.trim();
      if (!trimmed) return at(field, messages.empty()), null;
      if (MARKUP.test(trimmed)) return at(field, messages.markup()), null;
      if (options.min && trimmed.length < options.min) at(field, messages.tooShort(options.min, trimmed.length));
      if (trimmed.length > (STEP_MAX[field] ?? Infinity)) return at(field, messages.tooLong(STEP_MAX[field], trimmed.length)), null;
      return trimmed;
    };
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
    const one = (field: string, value: unknown, what: string, known: ReadonlySet<string>): string | null => {
      const v = text(field, value, { required: false });
      if (v === null) return null;
      if (known.has(v)) return v;
      at(field, messages.unknownValue(what, v, suggest(v, known)));
      return null;
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

    if (block.id === undefined) at("id", messages.missing());
    else if (!idValue || !ID.test(idValue)) at("id", messages.badId(String(block.id)));
    else if (seen.has(idValue)) at("id", messages.duplicateId(seen.get(idValue)!));
    else seen.set(idValue, index);

    const passage = text("text", block.text, { required: true });
    const heading = text("heading", block.heading, { required: false });
    const stepTitle = text("title", block.title, { required: true });
    const description = text("description", block.description, { required: true, min: MIN_DESCRIPTION });
    const notes = text("notes", block.notes, { required: false });

    const kindValue = text("kind", block.kind, { required: true });
    let kind: Kind = "analysis";
    if (kindValue !== null) {
      if ((KINDS as readonly string[]).includes(kindValue)) kind = kindValue as Kind;
      else at("kind", messages.badKind(kindValue, suggest(kindValue, KINDS)));
    }
    const claim = one("claim", block.claim, "claim", new Set(CLAIMS)) as Claim | null;
    const stepLang = text("lang", block.lang, { required: false });
    if (stepLang !== null && !LANG.test(stepLang)) at("lang", messages.unknownValue("language tag", stepLang, null));
    const sources = ids("sources", block.sources, "source", vocabulary.sources);

    // The picture: exactly one block, each checked against its own vocabulary.
    const given = PICTURES.filter((name) => block[name] !== undefined);
    if (given.length === 0) at("map.focus", messages.noPicture());
    if (given.length > 1) at(given[1], messages.twoPictures(given));
    const blockOf = (name: (typeof PICTURES)[number]): Record<string, unknown> | null => {
      const value = block[name];
      if (value === undefined) return null;
      if (!isBlock(value)) return at(name, messages.notABlock(name)), null;
      for (const key of Object.keys(value)) {
        if (!BLOCK_KEYS[name].includes(key)) {
          const near = suggest(key, BLOCK_KEYS[name]);
          at(`${name}.${key}`, messages.unknownKey(`${name}.${key}`, near && `${name}.${near}`));
        }
      }
      return value;
    };

    let map: MapSpec | null = null;
    const m = blockOf("map");
    if (m) {
      // The camera fits the focus countries and every pin and route; it needs at least one of them.
      const focus = countries("map.focus", m.focus);
      if (m.focus === undefined && m.places === undefined && m.flows === undefined) at("map.focus", messages.missing());
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
        flows: ids("map.flows", m.flows, "route", vocabulary.routes),
        year: one("map.year", m.year, "year of arrivals", vocabulary.years),
        notes: ids("map.notes", m.notes, "annotation", vocabulary.notes),
      };
    }

    let alliances: AlliancesSpec | null = null;
    const a = blockOf("alliances");
    if (a) {
      if (a.actors === undefined && a.relations === undefined) at("alliances.actors", messages.missing());
      alliances = {
        actors: ids("alliances.actors", a.actors, "actor", vocabulary.actors),
        relations: ids("alliances.relations", a.relations, "relation", vocabulary.relations),
        focus: ids("alliances.focus", a.focus, "actor", vocabulary.actors),
      };
    }

    let chart: ChartSpec | null = null;
    const c = blockOf("chart");
    if (c) {
      if (c.id === undefined) at("chart.id", messages.missing());
      const id = one("chart.id", c.id, "chart", new Set(vocabulary.charts.keys()));
      if (id) chart = { id, highlight: ids("chart.highlight", c.highlight, `key of chart "${id}"`, vocabulary.charts.get(id)!) };
    }

    let timeline: TimelineSpec | null = null;
    const t = blockOf("timeline");
    if (t) {
      if (t.events === undefined) at("timeline.events", messages.missing());
      timeline = {
        events: t.events === "all" ? null : ids("timeline.events", t.events, "event", vocabulary.events),
        focus: ids("timeline.focus", t.focus, "event", vocabulary.events),
      };
    }

    passages.push({ label, heading: heading ?? (block.heading === undefined ? null : undefined), text: passage });
    if (passage !== null && stepTitle !== null && description !== null && given.length === 1) {
      steps.push({
        id: idValue, heading, text: passage, kind, lang: stepLang ?? lang, title: stepTitle,
        description, notes, sources, claim, map, alliances, chart, timeline,
      });
    }
  });

  // Word for word and in order, for every step that has a text at all.
  if (passages.length) {
    const { problems } = align(passages, article);
    for (const p of problems) {
      // Article text no passage covers is missing after the last step.
      const label = p.index === null ? passages[passages.length - 1].label : passages[p.index].label;
      if (p.problem === "uncovered") fail(label, "text", messages.articleNotCovered(p.expected));
      else if (p.problem === "mid-sentence") fail(label, p.field, messages.splitMidSentence());
      else if (p.problem === "missing-heading") fail(label, "heading", messages.headingMissing(p.expected));
      else fail(label, p.field, p.field === "heading" ? messages.headingNotInArticle(p.expected) : messages.notInArticle(p.expected));
    }
  }

  const { corrections, factchecked } = validateCorrections(raw.corrections, raw.factchecked, new Set(seen.keys()), fail);
  if (errors.length) return { story: null, errors };
  return { story: { title, byline, lang, steps, corrections, factchecked }, errors: [] };
}
