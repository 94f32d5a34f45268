// Pure: what the timeline shows for one step, as data. The DOM file only draws frames.
import type { TimelineState } from "../../model/state.ts";
import type { Viewport } from "../scene.ts";
import { clearArea } from "../map/camera.ts";
import { type Box } from "../box.ts";
import { textWidth, wrap } from "../text.ts";
import { FIRST_YEAR, LAST_YEAR, decimalYear, dodge, formatDate, timeScale, yearTicks } from "./layout.ts";
import type { EventRecord } from "./types.ts";

/** Sizes, px. Text is never under 12 px. */
export const TIMELINE = {
  pad: 12,
  /** Label text: 12 px on a phone, 13 px wider up. */
  font: 13,
  phoneFont: 12,
  small: 12,
  /** Line spacing and the gap between labels: comfortable, then compact when the labels would not fit. */
  spacing: [
    { line: 16, phoneLine: 15, gap: 4 },
    { line: 15, phoneLine: 14, gap: 2 },
  ],
  /** The dot on the axis at the event's date. */
  dot: 3,
  marker: 5,
  focusMarker: 6.5,
  /** From the axis to the markers beside the labels. */
  reach: 26,
  tickGap: 17,
  maxLabel: 460,
} as const;

export const ARTICLE_NOTE = "(according to the article)";

export interface LabelPart {
  readonly text: string;
  readonly kind: "date" | "what" | "claim";
}

export interface TimelineItem {
  readonly id: string;
  readonly article: boolean;
  readonly focus: boolean;
  /** Marked down when a focus is set and this event is not in it. */
  readonly muted: boolean;
  readonly at: number;
  /** On the axis, at the date. */
  readonly dot: { readonly x: number; readonly y: number };
  /** Beside the label: filled for a sourced event, hollow for the article's. */
  readonly marker: { readonly x: number; readonly y: number; readonly r: number };
  /** The label: left edge, first baseline, and the distance between its lines. */
  readonly label: { readonly x: number; readonly y: number; readonly line: number; readonly lines: readonly (readonly LabelPart[])[] };
  /** The box the label covers, for overlap tests. */
  readonly box: Box;
  /**
   * From the dot on the axis to the marker: solid for a sourced event, dashed for the article's. Dots and
   * markers each lie on a vertical line in date order, so no two stems can cross.
   */
  readonly stem: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface TimelineLegendItem {
  readonly key: "sourced" | "article" | "scale";
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Where the words start (after the symbol). */
  readonly textX: number;
}

export interface TimelineFrame {
  readonly width: number;
  /** Taller than the viewport when the labels need it: the picture then scrolls in its box. */
  readonly height: number;
  /** A phone-narrow area: labels are set at TIMELINE.phoneFont (the CSS class is-narrow). */
  readonly narrow: boolean;
  /** Events drawn, in date order. */
  readonly events: readonly string[];
  /** Events in focus (drawn ones only), in date order. */
  readonly focus: readonly string[];
  readonly axis: { readonly x: number; readonly top: number; readonly bottom: number; readonly breaks: readonly number[] };
  readonly ticks: readonly { readonly year: number; readonly y: number; readonly x: number; readonly text: string }[];
  /** A band along the axis over the focused events' span; null without a focus. */
  readonly band: Box | null;
  readonly items: readonly TimelineItem[];
  readonly legend: readonly TimelineLegendItem[];
}

/** Space between the parts of a line (the date, the event, the article note), px. */
export const PART_GAP = 5;

const lineWidth = (parts: readonly LabelPart[], font: number) =>
  parts.reduce((w, p, i) => w + textWidth(p.text, font, p.kind === "date") + (i > 0 ? PART_GAP : 0), 0);

export function timelineFrame(state: TimelineState, events: readonly EventRecord[], viewport: Viewport): TimelineFrame {
  const { pad, small } = TIMELINE;
  const area = clearArea(viewport);
  const narrow = area.width < 480;
  const font = narrow ? TIMELINE.phoneFont : TIMELINE.font;
  const legendLine = 16;
  const right = area.x + area.width - pad;
  const wanted = new Set(state.events);
  const shown = events
    .filter((e) => wanted.has(e.id))
    .map((e) => ({ e, t: decimalYear(e.date, e.precision) }))
    .sort((a, b) => a.t - b.t || a.e.id.localeCompare(b.e.id));
  const focusSet = new Set(state.focus.filter((id) => shown.some((s) => s.e.id === id)));

  // Legend across the top, wrapping.
  const legendItems = [
    { key: "sourced" as const, text: "Sourced", symbol: 30 },
    { key: "article" as const, text: "According to the article", symbol: 30 },
    { key: "scale" as const, text: "Scale widens at 2010 and 2022", symbol: 16 },
  ];
  const legend: TimelineLegendItem[] = [];
  let lx = area.x + pad;
  let ly = area.y + pad + 11;
  for (const item of legendItems) {
    const w = item.symbol + 6 + textWidth(item.text, small);
    if (lx > area.x + pad && lx + w > right) {
      lx = area.x + pad;
      ly += legendLine + 2;
    }
    legend.push({ key: item.key, x: lx, y: ly, text: item.text, textX: lx + item.symbol + 6 });
    lx += w + 14;
  }

  // Across: the axis, then markers and labels to its right.
  const top = ly + 22;
  const tickWidth = textWidth("0000", small) + 2;
  const axisX = area.x + pad + tickWidth + 10;
  const markerX = axisX + TIMELINE.reach;
  const labelX = markerX + TIMELINE.focusMarker + 6;
  const width = Math.min(TIMELINE.maxLabel, right - labelX);

  // Labels: the date in bold, the event, and for the article's claims a note saying so.
  const lines = shown.map(({ e }) => {
    const date = formatDate(e.date, e.precision);
    const first = width - textWidth(date, font, true) - PART_GAP;
    const words = wrap(e.label, width, font, false, first);
    const out: LabelPart[][] = words.map((w, i) => (i === 0 ? [{ text: date, kind: "date" as const }, ...(w ? [{ text: w, kind: "what" as const }] : [])] : [{ text: w, kind: "what" as const }]));
    if (e.claim === "article") {
      // On the last line when it fits there, else on a line of its own.
      const last = out[out.length - 1];
      const note: LabelPart = { text: ARTICLE_NOTE, kind: "claim" };
      if (lineWidth([...last, note], font) <= width) last.push(note);
      else out.push([note]);
    }
    return out;
  });
  const ascent = font * 0.8;
  const min = top - 6;
  const need = (sp: (typeof TIMELINE.spacing)[number]) => {
    const l = narrow ? sp.phoneLine : sp.line;
    return lines.reduce((sum, ls) => sum + ls.length * l - (l - font) + sp.gap, -sp.gap);
  };
  // The comfortable spacing when everything fits, else the compact one; and when even that does not fit
  // (a picture a few lines tall), the timeline is drawn taller than its box, which scrolls (render.ts).
  const compact = TIMELINE.spacing[TIMELINE.spacing.length - 1];
  // (In a tall one the last label keeps 8 px above the foot: its descenders, which label boxes leave out.)
  const tall = Math.max(viewport.height, Math.ceil(min + need(compact) + 8 + (viewport.height - area.y - area.height)));
  const max = area.y + area.height + (tall - viewport.height) - (tall > viewport.height ? 8 : 2);
  const spacing = TIMELINE.spacing.find((sp) => need(sp) <= max - min) ?? compact;
  const line = narrow ? spacing.phoneLine : spacing.line;

  // Down: the axis, its eras and ticks, and the dots at the dates; the labels dodged so no two overlap.
  const bottom = max - pad - 4;
  const scale = timeScale(top, bottom);
  const ticks = yearTicks(scale, TIMELINE.tickGap).map((t) => ({ year: t.year, y: t.at, x: axisX - 9, text: String(t.year) }));
  const ys = shown.map((s) => scale(s.t));
  const height = (ls: readonly unknown[]) => ls.length * line - (line - font);
  const starts = dodge(lines.map((l, i) => ({ want: ys[i] - ascent / 2 - 1, size: height(l) })), min, max, spacing.gap);

  const items: TimelineItem[] = shown.map(({ e, t }, i) => {
    const focus = focusSet.has(e.id);
    const r = focus ? TIMELINE.focusMarker : TIMELINE.marker;
    const boxTop = starts[i];
    const baseline = boxTop + ascent;
    const my = baseline - ascent / 2 + 0.5;
    const boxWidth = Math.max(...lines[i].map((l) => lineWidth(l, font)));
    return {
      id: e.id,
      article: e.claim === "article",
      focus,
      muted: focusSet.size > 0 && !focus,
      at: t,
      dot: { x: axisX, y: ys[i] },
      marker: { x: markerX, y: my, r },
      label: { x: labelX, y: baseline, line, lines: lines[i] },
      box: { x: labelX, y: boxTop, width: boxWidth, height: height(lines[i]) },
      stem: { x1: axisX + TIMELINE.dot, y1: ys[i], x2: markerX - r - 1, y2: my },
    };
  });

  const focused = items.filter((it) => it.focus);
  const band = focused.length
    ? {
        x: axisX - 9,
        y: Math.min(...focused.map((f) => f.dot.y)) - 9,
        width: 18,
        height: Math.max(...focused.map((f) => f.dot.y)) - Math.min(...focused.map((f) => f.dot.y)) + 18,
      }
    : null;

  return {
    width: viewport.width,
    height: tall,
    narrow,
    events: items.map((it) => it.id),
    focus: focused.map((it) => it.id),
    axis: { x: axisX, top: scale(FIRST_YEAR), bottom: scale(LAST_YEAR), breaks: scale.breaks },
    ticks,
    band,
    items,
    legend,
  };
}

