// Build time: the checks that keep words and pictures in step (src/story/check*.ts), fed from the
// story, its resolved states and the data files. Each problem names the step, the field and the word or
// number; loadStory stops the build on any.
import { geoContains } from "d3-geo";
import type { Country } from "../geo/load.ts";
import type { StepState } from "../model/state.ts";
import { checkCredit, checkCreditsOnScreen, checkOurCalculationSaid, type CreditedRecord } from "../story/checkCredits.ts";
import { checkNumbersHaveSources, type NumberEvidence, type WrittenText } from "../story/checkNumbersHaveSources.ts";
import { checkWordsMatchPicture, type PictureNames, type WordProblem } from "../story/checkWordsMatchPicture.ts";
import { findNames } from "../story/findNames.ts";
import type { StoryError } from "../story/messages.ts";
import { numbersIn } from "../story/numbersIn.ts";
import type { Story } from "../story/types.ts";
import type { SceneData } from "./loadStory.ts";

export interface ConsistencyInput {
  story: Story;
  states: readonly StepState[];
  data: SceneData;
  /** Country id to its Natural Earth name. */
  countryNames: Readonly<Record<string, string>>;
  /** The region's countries, to know which country each drawn place lies in. */
  countries: readonly Country[];
  /** The article's text: what the source "article" holds. */
  article: string;
  /** The story file, for the messages. */
  file: string;
}

/** Other names the story uses for an actor. */
const ALIASES: Readonly<Record<string, string>> = { Washington: "us" };
const OURS = /\bour (?:calculation|computation)\b/i;
const q = JSON.stringify;

export function checkStoryConsistency(input: ConsistencyInput): StoryError[] {
  const { story, states, data, countryNames, countries, article, file } = input;
  const errors: StoryError[] = [];
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const places = new Map(data.places.map((p) => [p.id, p]));
  const routes = new Map(data.routes.map((r) => [r.id, r]));
  const notes = new Map(data.notes.map((n) => [n.id, n]));
  const borders = new Map(data.borders.map((b) => [b.id, b]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const relations = new Map(data.relations.map((r) => [r.id, r]));
  const charts = new Map(data.charts.map((c) => [c.id, c]));
  const events = new Map(data.events.map((e) => [e.id, e]));

  // What each source holds: its own words (stated), and with them the data records that cite it (held).
  const stated = new Map<string, Set<number>>();
  for (const s of data.sources) stated.set(s.id, new Set(numbersIn([s.short, s.title, s.publisher, s.date, s.note ?? ""].join(" ")).map((n) => n.value)));
  if (stated.has("article")) numbersIn(article).forEach((n) => stated.get("article")!.add(n.value));
  const held = new Map([...stated].map(([id, set]) => [id, new Set(set)]));
  const hold = (id: string, values: Iterable<number>) => {
    const set = held.get(id);
    if (set) for (const v of values) set.add(v);
  };
  const nums = (...texts: (string | number | null | undefined)[]) => numbersIn(texts.filter((t) => t !== null && t !== undefined).join(" ")).map((n) => n.value);
  for (const r of data.relations) for (const id of [r.sourceId, ...(r.seeAlso ?? [])]) hold(id, nums(r.label, r.year));
  for (const c of data.charts) for (const row of c.rows) hold(row.sourceId, [...nums(row.key, row.label, row.note, c.title, c.note), ...Object.values(row.values).filter((v): v is number => typeof v === "number")]);
  for (const e of data.events) hold(e.sourceId, nums(e.date, e.label));
  for (const n of data.notes) hold(n.sourceId, nums(n.label));
  for (const r of data.routes) hold(r.sourceId, nums(r.label));
  for (const b of data.borders) hold(b.sourceId, [b.km]);
  for (const a of data.actors) if (a.sourceId) hold(a.sourceId, nums(a.note));
  const ours = new Set(data.sources.filter((s) => OURS.test(`${s.short} ${s.publisher}`)).map((s) => s.id));
  const heldEvidence: NumberEvidence = { held, ours };
  // A label's own rule for our calculations is checkOurCalculationSaid's, once per label.
  const statedEvidence: NumberEvidence = { held: stated, ours: new Set() };

  // The names each kind of picture can draw.
  const neNames = Object.values(countryNames);
  const actorName = (id: string) => actors.get(id)?.name ?? id;
  const countryLexicon = new Map(neNames.map((n) => [n, n]));
  const placeLexicon = new Map([...countryLexicon, ...data.places.map((p) => [p.name, p.name] as [string, string])]);
  const actorLexicon = new Map(countryLexicon);
  for (const a of data.actors) for (const term of [a.name, a.short]) actorLexicon.set(term, a.name);
  for (const [term, id] of Object.entries(ALIASES)) actorLexicon.set(term, actorName(id));
  const countryOf = new Map<string, string[]>();
  for (const p of data.places) countryOf.set(p.id, countries.filter((c) => geoContains(c, [p.lon, p.lat])).map((c) => c.properties.name));
  const namesIn = (texts: string[], lexicon: ReadonlyMap<string, string>) => texts.flatMap((t) => findNames(t, lexicon).map((f) => f.name));

  states.forEach((state, i) => {
    const step = story.steps[i];
    const at = (problems: WordProblem[]) => {
      for (const p of problems) errors.push({ stage: "check", file, step: q(step.id), field: p.field, message: p.message });
    };
    const written: WrittenText[] = [];
    const drawnRecords: { field: string; record: CreditedRecord; label?: string }[] = [];
    let picture: PictureNames;
    const labelText = (field: string, what: string, label: string, ids: string[], data: Iterable<number> = []) =>
      written.push({ field: `${field}: label of ${what}`, text: label, sources: ids, data, where: `its source${ids.length > 1 ? "s" : ""} ${ids.map((id) => q(id)).join(", ")}` });

    if (state.map) {
      const m = state.map;
      const routeIds = m.flows.filter((id) => routes.has(id));
      const placed = [...m.places, ...routeIds.flatMap((id) => routes.get(id)!.points), ...m.notes.map((id) => notes.get(id)?.at ?? "")].filter((id) => places.has(id));
      const labels = [...routeIds.map((id) => routes.get(id)!.label), ...m.notes.map((id) => notes.get(id)?.label ?? "")];
      const drawn = new Set<string>([
        ...[...m.focus, ...m.highlight, ...m.threat, ...m.labels].map((id) => countryNames[id]),
        ...m.borders.flatMap((id) => borders.get(id)?.pair ?? []),
        ...placed.map((id) => places.get(id)!.name),
        ...placed.flatMap((id) => countryOf.get(id) ?? []),
        ...namesIn(labels, placeLexicon),
      ]);
      picture = { drawn, emphasised: m.highlight.map((id) => countryNames[id]), lexicon: placeLexicon };
      for (const id of new Set(placed)) drawnRecords.push({ field: "map.places", record: { what: `place ${q(id)}`, sourceId: places.get(id)!.sourceId, url: (places.get(id) as { url?: string }).url } });
      // A border's line is Natural Earth's; its record's source is for the length, on screen only with map.lengths.
      if (m.lengths) for (const id of m.borders) if (borders.has(id)) drawnRecords.push({ field: "map.borders", record: { what: `border ${q(id)}`, sourceId: borders.get(id)!.sourceId, url: (borders.get(id) as { url?: string }).url } });
      for (const id of routeIds) {
        const r = routes.get(id)!;
        drawnRecords.push({ field: "map.flows", record: { what: `route ${q(id)}`, sourceId: r.sourceId }, label: r.label });
        labelText("map.flows", `route ${q(id)}`, r.label, [r.sourceId]);
      }
      for (const id of m.notes) {
        const n = notes.get(id);
        if (!n) continue;
        drawnRecords.push({ field: "map.notes", record: { what: `annotation ${q(id)}`, sourceId: n.sourceId }, label: n.label });
        labelText("map.notes", `annotation ${q(id)}`, n.label, [n.sourceId]);
      }
    } else if (state.alliances) {
      const a = state.alliances;
      const shown = a.relations.map((id) => relations.get(id)).filter((r) => r !== undefined);
      const drawn = new Set<string>([
        ...a.actors.map(actorName),
        ...a.actors.flatMap((id) => actors.get(id)?.members ?? []),
        ...namesIn(shown.map((r) => r.label), actorLexicon),
      ]);
      picture = { drawn, emphasised: a.focus.map(actorName), lexicon: actorLexicon };
      for (const r of shown) {
        const ids = [r.sourceId, ...(r.seeAlso ?? [])];
        drawnRecords.push({ field: "alliances.relations", record: { what: `relation ${q(r.id)}`, sourceId: r.sourceId, url: r.url }, label: r.label });
        labelText("alliances.relations", `relation ${q(r.id)}`, r.label, ids, r.year === null ? [] : [r.year]);
      }
    } else if (state.chart) {
      const c = charts.get(state.chart.id)!;
      const texts = [c.title, c.note, c.axis, ...c.series.map((s) => s.label), c.context?.label ?? ""];
      picture = {
        drawn: new Set(namesIn(texts, countryLexicon)),
        emphasised: state.chart.highlight.map((k) => c.rows.find((r) => r.key === k)?.label ?? c.series.find((s) => s.key === k)?.label ?? k),
        lexicon: countryLexicon,
      };
      const rowSources = [...new Set(c.rows.map((r) => r.sourceId))];
      const values = c.rows.flatMap((r) => [...nums(r.key, r.label), ...Object.values(r.values).filter((v): v is number => typeof v === "number")]);
      labelText("chart.id", `chart ${q(c.id)} (title)`, c.title, rowSources, values);
      labelText("chart.id", `chart ${q(c.id)} (note)`, c.note, rowSources, values);
      for (const r of c.rows) drawnRecords.push({ field: "chart.id", record: { what: `row ${q(r.key)} of chart ${q(c.id)}`, sourceId: r.sourceId } });
    } else {
      const shown = (state.timeline?.events ?? []).map((id) => events.get(id)).filter((e) => e !== undefined);
      picture = { drawn: new Set(namesIn(shown.map((e) => e.label), actorLexicon)), emphasised: [], lexicon: actorLexicon };
      for (const e of shown) {
        drawnRecords.push({ field: "timeline.events", record: { what: `event ${q(e.id)}`, sourceId: e.sourceId }, label: e.label });
        labelText("timeline.events", `event ${q(e.id)}`, e.label, [e.sourceId], nums(e.date));
      }
    }

    // a. The description names only what the picture draws, and what it emphasises.
    at(checkWordsMatchPicture("description", step.description, picture));
    // b, d. Numbers in the title, the description and the speaker notes are held by the step's sources;
    // numbers on the graphic's labels by the label's own source.
    const onStep = (field: string, text: string | null) =>
      text && at(checkNumbersHaveSources({ field, text, sources: state.sources, where: "this step's sources or the data it draws" }, heldEvidence));
    onStep("title", step.title);
    onStep("description", step.description);
    onStep("notes", step.notes);
    for (const w of written) at(checkNumbersHaveSources(w, statedEvidence));
    // c. Credits: the record's own address is its source's, the source is on screen, and our own
    // calculations say so on their labels.
    for (const { field, record, label } of drawnRecords) {
      at(checkCredit(field, record, sources));
      at(checkCreditsOnScreen(field, [record], state.sources));
      if (label !== undefined) at(checkOurCalculationSaid(field, record, label, ours));
    }
  });
  return errors;
}
