// Pure text metrics for layout without reading the DOM: how wide a line of Source Sans 3 (var(--sans))
// is, from the font's own advance widths (regular weight, in em; measured in Chromium from the
// @fontsource/source-sans-3 files the page ships). Kerning moves a line by under 1 %, semibold widens it
// by up to 6.5 %; the margins below cover both, so labels laid out with it do not collide once drawn.
// The one text-width estimate of the scenes (chart, timeline, map labels).

const ADVANCE: readonly [string, number][] = [
  [" ", 0.2],
  ["i", 0.246],
  ["j", 0.247],
  ["',.:;’", 0.249],
  ["l", 0.255],
  ["I", 0.263],
  ["f", 0.292],
  ["()", 0.303],
  ["-", 0.311],
  ["t", 0.338],
  ["r", 0.347],
  ["s", 0.419],
  ["z", 0.425],
  ["x", 0.446],
  ["c", 0.456],
  ["vy", 0.467],
  ["Y", 0.476],
  ["J", 0.479],
  ["–", 0.48],
  ["L", 0.486],
  ["F", 0.494],
  ["k", 0.495],
  ["e", 0.496],
  ["0123456789", 0.497],
  ["ag", 0.504],
  ["X", 0.513],
  ["V", 0.515],
  ["E", 0.527],
  ["S", 0.534],
  ["T", 0.536],
  ["Z", 0.539],
  ["o", 0.542],
  ["A", 0.543],
  ["hu", 0.544],
  ["n", 0.547],
  ["b", 0.553],
  ["dpq", 0.555],
  ["P", 0.566],
  ["R", 0.569],
  ["C", 0.571],
  ["K", 0.579],
  ["B", 0.588],
  ["D", 0.615],
  ["G", 0.617],
  ["U", 0.645],
  ["N", 0.647],
  ["H", 0.652],
  ["OQ", 0.664],
  ["w", 0.719],
  ["M", 0.727],
  ["W", 0.786],
  ["%", 0.824],
  ["m", 0.829],
  // Not measured; generous: the em dash, at and ampersand.
  ["—@&", 0.9],
];
const EM = new Map<string, number>(ADVANCE.flatMap(([chars, w]) => [...chars].map((c) => [c, w] as [string, number])));
/** For characters not in the table (other punctuation, accented letters): a wide-ish letter. */
const OTHER = 0.6;
export const MARGIN = { regular: 1.04, bold: 1.11 } as const;

/** Estimated width in px of `text` set at `size` px (bold: semibold 600). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += EM.get(ch) ?? OTHER;
  return em * size * (bold ? MARGIN.bold : MARGIN.regular);
}

/**
 * Greedy word wrap. `first` is the width left on the first line (after a prefix such as a date), `width`
 * the width of the lines after it. A word longer than a line gets a line of its own.
 */
export function wrap(text: string, width: number, size: number, bold = false, first = width): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    const room = lines.length === 0 ? first : width;
    if (line && textWidth(next, size, bold) > room) {
      lines.push(line);
      line = word;
    } else if (!line && lines.length === 0 && textWidth(word, size, bold) > room) {
      lines.push(""); // the first line's room is too small for even one word: start below the prefix
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
