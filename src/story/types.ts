// The story as the editor writes it, after validation: names, not ids, and nothing filled in yet.

export const KINDS = ["reported", "analysis", "opinion"] as const;
export type Kind = (typeof KINDS)[number];

/** Claims that only the article makes are shown "according to the article". */
export const CLAIMS = ["article"] as const;
export type Claim = (typeof CLAIMS)[number];

export interface MapSpec {
  /** Country ids the camera fits. */
  focus: string[];
  highlight: string[];
  /** Countries hatched as a threat area (the Sahel). */
  threat: string[];
  /** Country ids labelled; when the editor gives none, resolve labels highlight and threat. */
  labels: string[] | null;
  /** Ids from assets/data/borders.json: the shared borders drawn. */
  borders: string[];
  /** Ids from assets/data/places.json. */
  places: string[];
  /** Show the CIA World Factbook length beside each drawn border. */
  lengths: boolean;
  /** Ids from assets/data/routes.json. */
  flows: string[];
  /** The year whose sea arrivals set the width of quantified routes (a row key of the arrivals chart). */
  year: string | null;
  /** Ids from assets/data/annotations.json. */
  notes: string[];
}

export interface AlliancesSpec {
  actors: string[];
  relations: string[];
  focus: string[];
}

export interface ChartSpec {
  id: string;
  highlight: string[];
}

export interface TimelineSpec {
  /** Event ids, or null for every event. */
  events: string[] | null;
  focus: string[];
}

export interface Step {
  id: string;
  /** A section heading that opens this step, verbatim from the article. */
  heading: string | null;
  text: string;
  kind: Kind;
  /** BCP 47 language of the passage; the story's language when not given. */
  lang: string;
  title: string;
  description: string;
  notes: string | null;
  sources: string[];
  claim: Claim | null;
  /** The picture: exactly one of these is given. */
  map: MapSpec | null;
  alliances: AlliancesSpec | null;
  chart: ChartSpec | null;
  timeline: TimelineSpec | null;
}

/** A dated correction, shown on the page in the newsroom form "Correction, <date>: an earlier version said <said>. <now>" */
export interface Correction {
  /** YYYY-MM-DD. */
  date: string;
  /** What the piece said, as a clause: "that Egypt had been … since 1989". */
  said: string;
  /** What it says now, as one or more sentences. */
  now: string;
  /** Ids of the steps corrected. */
  steps: string[];
}

export interface Story {
  title: string;
  byline: string;
  lang: string;
  steps: Step[];
  /** Newest first. */
  corrections: Correction[];
  /** Date (YYYY-MM-DD) of the last fact-check of the piece, or null. */
  factchecked: string | null;
}
