// Pure: how each relation type is drawn. A type is told apart by line style (dash, width, wave, ring) plus
// marker plus the legend's words, never by colour alone; colour only reinforces. Colours are Okabe–Ito hues
// darkened until a line is at least 3:1 against both the paper (#f7f4ee) and the sea (#dde6ea), or the
// page's own inks (main.css: --ink, --ink-soft, --accent, --threat, --border-line). tests/unit/alliances-styles
// checks the contrast and that no two types look alike without their colour.
import type { RelationType } from "./types.ts";

export type MarkerKind = "arrow" | "circle" | "ring" | "diamond" | "bar" | "square" | "none";

export interface RelationStyle {
  /** stroke-dasharray, or null for a solid line. */
  readonly dash: string | null;
  readonly width: number;
  readonly marker: MarkerKind;
  /** A wavy line (tension). */
  readonly wave: boolean;
  /** Drawn as a ring around all its parties (a many-sided relation), with this padding (px) around them. */
  readonly ring: number | null;
  /** Goes from `from` to `to`: an arrowhead at `to`. */
  readonly directed: boolean;
  readonly colour: string;
  /** Words in the legend (at most 24 characters, so two legend columns fit a phone). */
  readonly legend: string;
}

export const PAPER = "#f7f4ee";
export const SEA = "#dde6ea";

export const STYLES: Readonly<Record<RelationType, RelationStyle>> = {
  member: { dash: null, width: 3.5, marker: "circle", wave: false, ring: null, directed: false, colour: "#1d5f8a", legend: "NATO membership" }, // --accent
  mnna: { dash: "10 4", width: 2.5, marker: "diamond", wave: false, ring: null, directed: false, colour: "#00775a", legend: "Major non-NATO ally" }, // Okabe–Ito bluish green, darkened
  "med-dialogue": { dash: "3 4", width: 2.5, marker: "bar", wave: false, ring: null, directed: false, colour: "#0066a1", legend: "Mediterranean Dialogue" }, // Okabe–Ito blue, darkened
  "eu-deal": { dash: "12 3 3 3", width: 2.5, marker: "square", wave: false, ring: null, directed: false, colour: "#7d6400", legend: "European memorandum" }, // Okabe–Ito yellow, darkened
  tension: { dash: null, width: 2, marker: "none", wave: true, ring: null, directed: false, colour: "#b34d00", legend: "Tension" }, // --threat
  arms: { dash: null, width: 2.5, marker: "arrow", wave: false, ring: null, directed: true, colour: "#b5470a", legend: "Arms supply" }, // Okabe–Ito vermillion, darkened
  forces: { dash: "7 4", width: 3, marker: "arrow", wave: false, ring: null, directed: true, colour: "#7a1f1a", legend: "Russian forces" }, // --border-line
  partnership: { dash: "1 4", width: 3, marker: "ring", wave: false, ring: null, directed: false, colour: "#9a4577", legend: "Strategic partnership" }, // Okabe–Ito reddish purple, darkened
  "task-force": { dash: null, width: 2.5, marker: "none", wave: false, ring: 7, directed: false, colour: "#1f1d1a", legend: "Task force (per article)" }, // --ink
  amu: { dash: "1 5", width: 2.5, marker: "none", wave: false, ring: 17, directed: false, colour: "#4f4a43", legend: "Maghreb Union (dormant)" }, // --ink-soft
};

export const styleOf = (type: RelationType): RelationStyle => STYLES[type];

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
