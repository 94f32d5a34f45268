// Interface strings, in one place, so that a translated story needs one translated table.
import type { Kind } from "../story/types.ts";

export const strings = {
  kicker: "North Africa · Security",
  dek: "An interactive reading of an opinion article on border-security coordination between Tunisia, Libya and Algeria. The article's text is reproduced in full; the maps and their sources are ours.",
  kindLegendTitle: "How to read the labels",
  kinds: {
    reported: { label: "Reported", legend: "the passage reports an event or a fact" },
    analysis: { label: "Analysis", legend: "the author's interpretation" },
    opinion: { label: "Opinion", legend: "the author's argument or call" },
  } satisfies Record<Kind, { label: string; legend: string }>,
  claimArticle: "According to the article; not independently confirmed",
  graphicNote: { map: "Map", alliances: "Diagram", chart: "Chart", timeline: "Timeline" },
  csvLink: "The data in this table, as a CSV file",
  sourcesLabel: "Sources",
  sourceLine: "Source",
  sourcesTitle: "Sources and method",
  correctionsTitle: "Corrections",
  correction: "Correction",
  correctionSaid: "an earlier version said",
  correctionWhere: "corrected in",
  factchecked: "Last fact-check of every figure, date, relation, map claim and credit:",
  skipToSources: "Skip to sources",
  mapLoadFailed: "The map could not be loaded. The article is complete; the maps are missing.",
  mapLoadSlow: "The map is still loading. The article is complete; read on.",
  graphicsLoadFailed: "This graphic could not be loaded. The article is complete; try again, or read on.",
  retry: "Try again",
  lengthsNote: "Border lengths: CIA World Factbook, not measured on this map",
  stepCounter: (i: number, n: number) => `Step ${i} of ${n}`,
  stepAnnouncement: (i: number, n: number, title: string) => `Step ${i} of ${n}: ${title}`,
  previous: "Previous",
  next: "Next",
  previousLabel: "Previous passage",
  nextLabel: "Next passage",
  stepperLabel: "Move through the story one passage at a time",
  animationsOn: "Animations: on",
  animationsOff: "Animations: off",
  // The handout (every page can be printed) and the link that starts present mode. The strings of
  // present mode and the console themselves are in src/modes/modeStrings.ts, loaded only there.
  present: {
    link: "Present",
    linkLabel: "Present the story, one passage per screen",
  },
} as const;

/** What embed.js writes on the host page itself (a separate export: embed.js bundles only this). */
export const embedStrings = {
  skipStory: "Skip the interactive story",
};
