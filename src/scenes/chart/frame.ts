// Pure: what the chart shows for one step, as data (pixels and strings). The DOM file only draws frames.
import type { ChartState } from "../../model/state.ts";
import type { Viewport } from "../scene.ts";
import { clearArea } from "../map/camera.ts";
import { band, barWidth, formatValue, groupedBars, labelHeadroom, linear, niceTicks, rotateLabels, valueLabels, type BarGeometry, type ValueLabelGeometry } from "./layout.ts";
import { type Box } from "../box.ts";
import { textWidth, wrap } from "../text.ts";
import type { ChartRecord } from "./types.ts";

export interface TextAt {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface ChartBar extends BarGeometry {
  /** `${row}:${series}`: stable across steps, so a highlight change tweens the same bar. */
  readonly key: string;
  readonly highlight: boolean;
  /** Drawn faint because other bars are highlighted. */
  readonly dim: boolean;
}

export interface ChartValueLabel extends ValueLabelGeometry {
  readonly key: string;
  readonly highlight: boolean;
  readonly dim: boolean;
}

export interface LegendItem {
  readonly key: string;
  /** A series (with a swatch in its pattern) or the context value (words only). */
  readonly kind: "series" | "context";
  readonly slot: number;
  readonly swatch: Box | null;
  readonly label: TextAt;
}

export interface ChartFrame {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** The highlight keys that name a row or series of this chart, sorted. */
  readonly highlight: readonly string[];
  readonly plot: Box;
  readonly axisTitle: TextAt;
  readonly ticks: readonly (TextAt & { value: number })[];
  readonly years: readonly (TextAt & { key: string; highlight: boolean })[];
  readonly context: { header: TextAt; values: readonly (TextAt & { key: string; highlight: boolean })[] } | null;
  readonly bars: readonly ChartBar[];
  readonly values: readonly ChartValueLabel[];
  readonly legend: readonly LegendItem[];
  readonly note: readonly TextAt[];
  /** In a compact chart, the box where the note is set as text that scrolls (render.ts); then `note` is empty. */
  readonly noteBox: (Box & { readonly text: string }) | null;
}

/** Sizes, px. Text is never under 12 px. */
export const CHART = {
  pad: 12,
  font: 12,
  yearFont: 13,
  line: 16,
  swatch: 14,
  legendGap: 16,
  maxBar: 48,
  gap: 3,
} as const;

/** A plot shorter than this, px, turns the chart compact (see chartFrame). */
export const MIN_PLOT = 64;
/** The note's lines a compact chart keeps in the picture; the rest scrolls. */
export const COMPACT_NOTE_LINES = 2;

export function chartFrame(state: ChartState, chart: ChartRecord, viewport: Viewport): ChartFrame {
  const { pad, font, yearFont, line, swatch, legendGap } = CHART;
  const area = clearArea(viewport);
  const right = area.x + area.width - pad;
  const rowKeys = chart.rows.map((r) => r.key);
  const seriesKeys = chart.series.map((s) => s.key);
  const rowHl = new Set(state.highlight.filter((k) => rowKeys.includes(k)));
  const seriesHl = new Set(state.highlight.filter((k) => seriesKeys.includes(k)));
  const highlight = [...rowHl, ...seriesHl].sort();
  const any = highlight.length > 0;
  const isHl = (row: string, series: string | null) =>
    any && (rowHl.size === 0 || rowHl.has(row)) && (series === null ? rowHl.size > 0 : seriesHl.size === 0 || seriesHl.has(series));

  // Legend, top left, wrapping: a swatch and the series name; then the context value in words.
  const contextText = chart.context ? `${chart.context.short}: ${chart.context.label}` : "";
  const legendFor = (withContext: boolean) => {
    const legend: LegendItem[] = [];
    let lx = area.x + pad;
    let ly = area.y + pad;
    const place = (w: number) => {
      if (lx > area.x + pad && lx + w > right) {
        lx = area.x + pad;
        ly += line + 4;
      }
      const at = lx;
      lx += w + legendGap;
      return at;
    };
    chart.series.forEach((s, slot) => {
      const x = place(swatch + 6 + textWidth(s.label, font));
      legend.push({ key: s.key, kind: "series", slot, swatch: { x, y: ly + 1, width: swatch, height: swatch }, label: { x: x + swatch + 6, y: ly + 12, text: s.label } });
    });
    if (chart.context && withContext) {
      const x = place(textWidth(contextText, font));
      legend.push({ key: chart.context.key, kind: "context", slot: -1, swatch: null, label: { x, y: ly + 12, text: contextText } });
    }
    return { legend, legendBottom: ly + line + 2 };
  };

  // Value axis: nice ticks up to the chart's max or the largest bar; as many as the plot's height has
  // room for (5 down to 2, a tick label's height and a gap apart). Fewer ticks can narrow the axis, which
  // can change the value labels' turn and so the plot's top: each count is laid out in full.
  const values = chart.rows.flatMap((r) => seriesKeys.map((k) => r.values[k] ?? null));
  const largest = Math.max(0, ...values.filter((v): v is number => v !== null));
  const texts = chart.rows.flatMap((r) => seriesKeys.map((k) => formatValue(r.values[k] ?? null, chart.unit)));
  const headerW = chart.context ? textWidth(chart.context.short, font, true) : 0;
  const wrapNote = (text: string) => wrap(text, area.width - 2 * pad, font);

  // Bottom up: the note, the context row, the years; then the axis title and the plot under the legend.
  // Compact (a picture too short for the plot with all its words): no axis title, as every bar carries its
  // value and unit; the context's words leave the legend for the note if they took a line of their own;
  // and the note keeps COMPACT_NOTE_LINES of the picture and scrolls in its own box.
  const plan = (compact: boolean) => {
    const full = legendFor(true);
    const short = compact ? legendFor(false) : full;
    const { legend, legendBottom } = short.legendBottom < full.legendBottom ? short : full;
    const noteText = legend === full.legend || !contextText ? chart.note : `${contextText}. ${chart.note}`;
    const noteLines = wrapNote(noteText);
    const shown = compact ? Math.min(noteLines.length, COMPACT_NOTE_LINES) : noteLines.length;
    const noteTop = area.y + area.height - pad - shown * (font + 3);
    const contextY = noteTop - 10;
    const yearsY = chart.context ? contextY - line - 2 : noteTop - 10;
    const plotBottom = yearsY - yearFont - 6;
    const axisTitleY = legendBottom + 14;
    const axis = (count: number) => {
      const nice = niceTicks(chart.max ?? largest, count);
      const top = chart.max ?? nice.max;
      const ticks = nice.ticks.filter((t) => t <= top + 1e-9);
      const tickText = ticks.map((t) => formatValue(t, chart.unit));
      const left = area.x + pad + Math.max(headerW, ...tickText.map((t) => textWidth(t, font))) + 8;
      const x = band(rowKeys, [left, right]);
      // Level or turned value labels decides the headroom the plot leaves above its top.
      const rotated = rotateLabels(texts, font, barWidth(x, seriesKeys.length, CHART), CHART.gap);
      // The axis title's descenders and a value label's box must not meet: a line's gap below the title.
      const plotTop = (compact ? legendBottom : axisTitleY + 10) + labelHeadroom(texts, font, rotated);
      const roomy = (plotBottom - plotTop) / Math.max(1, ticks.length - 1) >= font + 6;
      return { top, ticks, tickText, left, x, rotated, plotTop, roomy };
    };
    let a = axis(5);
    for (let count = 4; count >= 2 && !a.roomy; count--) a = axis(count);
    // Too short even for two: the baseline alone. Every bar carries its value, so no number is lost.
    if (!a.roomy) a = { ...a, ticks: a.ticks.slice(0, 1), tickText: a.tickText.slice(0, 1) };
    return { ...a, compact, shown, noteTop, contextY, yearsY, plotBottom, axisTitleY, legend, noteText, noteLines };
  };
  let p = plan(false);
  if (p.plotBottom - p.plotTop < MIN_PLOT) p = plan(true);
  const { top, ticks, tickText, left, x, rotated, plotTop, compact, noteTop, contextY, yearsY, plotBottom, axisTitleY, legend, noteText, noteLines } = p;
  const scrolls = compact && noteLines.length > COMPACT_NOTE_LINES;
  const note = scrolls ? [] : noteLines.map((text, i) => ({ x: area.x + pad, y: noteTop + (i + 1) * (font + 3) - 3, text }));
  const noteBox = scrolls ? { x: area.x + pad, y: noteTop, width: area.width - 2 * pad, height: p.shown * (font + 3) + 3, text: noteText } : null;
  const y = linear([0, top], [plotBottom, plotTop]);

  const geometry = groupedBars(chart.rows, seriesKeys, x, y, CHART);
  const bars: ChartBar[] = geometry.map((b) => {
    const highlight = isHl(b.row, b.series);
    return { ...b, key: `${b.row}:${b.series}`, highlight, dim: any && !highlight };
  });
  const labels = valueLabels(geometry, texts, font, rotated).map((l, i) => ({ ...l, key: bars[i].key, highlight: bars[i].highlight, dim: bars[i].dim }));
  const centre = (key: string) => x(key) + x.bandwidth / 2;

  return {
    id: chart.id,
    width: viewport.width,
    height: viewport.height,
    highlight,
    plot: { x: left, y: plotTop, width: right - left, height: plotBottom - plotTop },
    axisTitle: { x: area.x + pad, y: axisTitleY, text: compact ? "" : `${chart.axis} (${chart.unit})` },
    ticks: ticks.map((value, i) => ({ value, x: left - 6, y: y(value), text: tickText[i] })),
    years: chart.rows.map((r) => ({ key: r.key, x: centre(r.key), y: yearsY, text: r.label, highlight: isHl(r.key, null) })),
    context: chart.context && {
      header: { x: left - 6, y: contextY, text: chart.context.short },
      values: chart.rows.map((r) => ({ key: r.key, x: centre(r.key), y: contextY, text: formatValue(r.values[chart.context!.key] ?? null, ""), highlight: isHl(r.key, null) })),
    },
    bars,
    values: labels,
    legend,
    note,
    noteBox,
  };
}
