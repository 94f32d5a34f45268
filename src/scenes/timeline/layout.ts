// Pure timeline geometry: dates to positions on a broken time axis, year ticks, and label placement.
//
// The timeline runs DOWN the graphic (time → y), with labels to the right of the axis. Event labels are
// sentences; set beside a vertical axis each gets the full width of a phone on one or two lines, where a
// horizontal axis would leave it a sliver of it and stack labels many rows deep.
//
// The axis is piecewise linear in three eras, and says so: 1988–2010 (22 years) takes 18 % of its length,
// 2010–2022 (12 years) 30 %, 2022–2027 (5 years) 52 %. The eight events of 2023–2026 would otherwise share
// a tenth of the axis. A break mark crosses the axis where the scale changes, the year ticks show each
// era's own spacing, and the legend says "the scale widens at 2010 and 2022".
import type { Precision } from "./types.ts";

export interface Era {
  readonly from: number;
  readonly to: number;
  /** Fraction of the axis length the era takes. */
  readonly share: number;
}

export const ERAS: readonly Era[] = [
  { from: 1988, to: 2010, share: 0.18 },
  { from: 2010, to: 2022, share: 0.3 },
  { from: 2022, to: 2027, share: 0.52 },
];
export const FIRST_YEAR = ERAS[0].from;
export const LAST_YEAR = ERAS[ERAS.length - 1].to;

const DATE = { day: /^(\d{4})-(\d{2})-(\d{2})$/, month: /^(\d{4})-(\d{2})$/, year: /^(\d{4})$/ } as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** The parts of a date written at its precision, or null when it is not a real date at that precision. */
export function parseDate(date: string, precision: Precision): { year: number; month: number | null; day: number | null } | null {
  const m = DATE[precision]?.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > monthDays(year, month!))) return null;
  return { year, month, day };
}

/**
 * A date as a decimal year, at the middle of what its precision allows: "2011" is mid-2011, "2025-01"
 * mid-January, "1989-02-17" noon that day. Throws on a malformed date (checkEvents reports those first).
 */
export function decimalYear(date: string, precision: Precision): number {
  const p = parseDate(date, precision);
  if (!p) throw new Error(`not a ${precision} date: ${JSON.stringify(date)}`);
  const days = leap(p.year) ? 366 : 365;
  if (p.month === null) return p.year + 0.5;
  let before = 0;
  for (let m = 1; m < p.month; m++) before += monthDays(p.year, m);
  if (p.day === null) return p.year + (before + monthDays(p.year, p.month) / 2) / days;
  return p.year + (before + p.day - 0.5) / days;
}

/** "17 Feb 1989", "Jan 2025", "2011". */
export function formatDate(date: string, precision: Precision): string {
  const p = parseDate(date, precision);
  if (!p) return date;
  if (p.month === null) return String(p.year);
  if (p.day === null) return `${MONTHS[p.month - 1]} ${p.year}`;
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** Time (decimal year) to a position along the axis, from `start` (FIRST_YEAR) to `end` (LAST_YEAR). */
export interface TimeScale {
  (year: number): number;
  /** Positions where the scale changes (between eras). */
  readonly breaks: readonly number[];
  /** Pixels per year in each era. */
  readonly rates: readonly number[];
}

export function timeScale(start: number, end: number, eras: readonly Era[] = ERAS): TimeScale {
  const length = end - start;
  const bounds: number[] = [start];
  for (const era of eras) bounds.push(bounds[bounds.length - 1] + era.share * length);
  const rates = eras.map((e, i) => (bounds[i + 1] - bounds[i]) / (e.to - e.from));
  const scale = (year: number) => {
    const t = Math.min(Math.max(year, eras[0].from), eras[eras.length - 1].to);
    const i = Math.max(0, eras.findIndex((e) => t <= e.to));
    return bounds[i] + (t - eras[i].from) * rates[i];
  };
  return Object.assign(scale, { breaks: bounds.slice(1, -1), rates });
}

/**
 * Year ticks: each era's ends, then years inside each era on a step (1, 2, 5, 10 or 20 years) wide enough
 * for `minGap` px between labels at that era's rate. Ticks closer than `minGap` to one kept before are dropped,
 * era ends first kept.
 */
export function yearTicks(scale: TimeScale, minGap: number, eras: readonly Era[] = ERAS): { year: number; at: number }[] {
  const ends = [...new Set(eras.flatMap((e) => [e.from, e.to]))];
  const inner = eras.flatMap((e, i) => {
    const step = [1, 2, 5, 10, 20].find((s) => s * scale.rates[i] >= minGap) ?? 50;
    const years: number[] = [];
    for (let y = Math.ceil(e.from / step) * step; y < e.to; y += step) if (y > e.from) years.push(y);
    return years;
  });
  const kept: { year: number; at: number }[] = [];
  for (const year of [...ends, ...inner]) {
    const at = scale(year);
    if (kept.every((k) => Math.abs(k.at - at) >= minGap)) kept.push({ year, at });
  }
  return kept.sort((a, b) => a.year - b.year);
}

/**
 * Places blocks (labels) in order along a line without overlaps, each as close to where it wants to be as
 * the others allow: overlapping neighbours merge into a cluster centred on their wishes, clamped to
 * [min, max]. Returns each block's start. Order is kept. When the blocks do not fit, they overflow `max`.
 */
export function dodge(blocks: readonly { want: number; size: number }[], min: number, max: number, gap: number): number[] {
  interface Cluster { first: number; last: number; start: number; size: number }
  const clusters: Cluster[] = [];
  const wishOffset = (c: Cluster) => {
    // The start that puts the cluster's blocks, on average, where they want to be.
    let sum = 0;
    let offset = 0;
    for (let i = c.first; i <= c.last; i++) {
      sum += blocks[i].want - offset;
      offset += blocks[i].size + gap;
    }
    return sum / (c.last - c.first + 1);
  };
  const clamp = (c: Cluster) => {
    c.start = Math.max(min, Math.min(c.start, max - c.size + gap));
  };
  blocks.forEach((b, i) => {
    const c: Cluster = { first: i, last: i, start: b.want, size: b.size + gap };
    clamp(c);
    clusters.push(c);
    while (clusters.length > 1) {
      const prev = clusters[clusters.length - 2];
      const cur = clusters[clusters.length - 1];
      if (prev.start + prev.size <= cur.start + 1e-9) break;
      clusters.pop();
      prev.last = cur.last;
      prev.size += cur.size;
      prev.start = wishOffset(prev);
      clamp(prev);
    }
  });
  const out: number[] = [];
  for (const c of clusters) {
    let at = c.start;
    for (let i = c.first; i <= c.last; i++) {
      out.push(at);
      at += blocks[i].size + gap;
    }
  }
  return out;
}
