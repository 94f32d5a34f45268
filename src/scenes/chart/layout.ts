// Pure chart geometry: a linear scale, a band scale, nice ticks, grouped bars and where value labels go.
// No d3-scale: these few lines are all the charts need, and they are easy to test.
import { type Box } from "../box.ts";
import { textWidth } from "../text.ts";

/** A linear map from a domain to a range (pixels). */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return Object.assign((v: number) => r0 + (v - d0) * k, { domain, range });
}

/** A band scale: equal bands for `keys` across `range`, with inner and outer padding as fractions of a step. */
export interface Band {
  (key: string): number;
  readonly bandwidth: number;
  readonly step: number;
  readonly keys: readonly string[];
}

export function band(keys: readonly string[], range: readonly [number, number], paddingInner = 0.25, paddingOuter = 0.15): Band {
  const [r0, r1] = range;
  const n = keys.length;
  const step = (r1 - r0) / Math.max(1, n - paddingInner + 2 * paddingOuter);
  const bandwidth = step * (1 - paddingInner);
  const index = new Map(keys.map((k, i) => [k, i]));
  return Object.assign(
    (key: string) => {
      const i = index.get(key);
      if (i === undefined) throw new Error(`band: unknown key ${JSON.stringify(key)}`);
      return r0 + step * paddingOuter + i * step;
    },
    { bandwidth, step, keys },
  );
}

/** "Nice" ticks from zero: about `count` of them, stepping by 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(max: number, count = 5): { max: number; step: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { max: top, step, ticks };
}

const grouping = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A value as printed on the chart: "97,667", "35%". */
export const formatValue = (value: number | null, unit: string): string =>
  value === null ? "no data" : unit === "%" ? `${grouping.format(value)}%` : grouping.format(value);

export interface BarGeometry {
  readonly row: string;
  readonly series: string;
  /** Position of the series in the chart (its pattern and colour slot). */
  readonly slot: number;
  readonly value: number | null;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GroupOptions {
  /** Widest a bar may be, px. */
  readonly maxBar: number;
  /** Space between the bars of one group, px. */
  readonly gap: number;
}

/**
 * Grouped bars: one group per row key (a band), one bar per series inside it, all standing on the
 * baseline y(0). A null value gives a bar of height 0: the chart says "no data" rather than guess.
 */
export function groupedBars(
  rows: readonly { key: string; values: Readonly<Record<string, number | null>> }[],
  series: readonly string[],
  x: Band,
  y: Linear,
  { maxBar, gap }: GroupOptions,
): BarGeometry[] {
  const n = series.length;
  const width = barWidth(x, n, { maxBar, gap });
  const group = width * n + gap * (n - 1);
  const base = y(0);
  return rows.flatMap((row) => {
    const left = x(row.key) + (x.bandwidth - group) / 2;
    return series.map((key, slot) => {
      const value = row.values[key] ?? null;
      const top = value === null ? base : Math.min(base, y(value));
      return { row: row.key, series: key, slot, value, x: left + slot * (width + gap), y: top, width, height: base - top };
    });
  });
}

/** How wide each of `n` bars in a group is. */
export const barWidth = (x: Band, n: number, { maxBar, gap }: GroupOptions): number =>
  Math.max(1, Math.min(maxBar, (x.bandwidth - gap * (n - 1)) / Math.max(1, n)));

export interface ValueLabelGeometry {
  readonly row: string;
  readonly series: string;
  readonly text: string;
  /** The text's anchor point; with `rotated` the text reads upwards from it. */
  readonly x: number;
  readonly y: number;
  readonly rotated: boolean;
  /** The box the text covers, for overlap tests. */
  readonly box: Box;
}

/** Space between a bar's top and its label, px. */
export const LABEL_GAP = 5;

/**
 * Whether value labels must be turned to read upwards: when the widest does not fit the width a bar has
 * (its own plus the gap to the next). One rule for the whole chart, so the labels stay in line; turned,
 * each label stays inside its bar's column, so no two can collide.
 */
export const rotateLabels = (texts: readonly string[], size: number, width: number, gap: number): boolean =>
  Math.max(0, ...texts.map((t) => textWidth(t, size, true))) > width + gap - 2;

/** Value labels just above their bars, level or turned (see rotateLabels). */
export function valueLabels(bars: readonly BarGeometry[], texts: readonly string[], size: number, rotated: boolean): ValueLabelGeometry[] {
  const lineHeight = size * 1.15;
  return bars.map((b, i) => {
    const w = textWidth(texts[i], size, true);
    const cx = b.x + b.width / 2;
    const bottom = b.y - LABEL_GAP;
    return rotated
      ? { row: b.row, series: b.series, text: texts[i], x: cx + size * 0.35, y: bottom, rotated, box: { x: cx - lineHeight / 2, y: bottom - w, width: lineHeight, height: w } }
      : { row: b.row, series: b.series, text: texts[i], x: cx, y: bottom, rotated, box: { x: cx - w / 2, y: bottom - size, width: w, height: size * 1.2 } };
  });
}

/** The height value labels need above the top of the plot (which the tallest bar can reach). */
export function labelHeadroom(texts: readonly string[], size: number, rotated: boolean): number {
  return rotated ? Math.max(0, ...texts.map((t) => textWidth(t, size, true))) + LABEL_GAP + 2 : size + LABEL_GAP + 4;
}
