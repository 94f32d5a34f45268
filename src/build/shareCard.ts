// A step's social card as one SVG, 1200×630: the piece's title, the step's graphic title and source line
// on the left in type large enough to read at the size feeds show a card (about 500 px wide), the step's
// static graphic (the no-JavaScript image) on the right, the site's name above. Pure; rasterised by
// src/build/rasterise.ts.
import { escapeHtml as e } from "./escape.ts";
import { flattenCss } from "./flattenCss.ts";
import { textWidth, wrap } from "../scenes/text.ts";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardText {
  readonly site: string;
  readonly pieceTitle: string;
  readonly graphicTitle: string;
  readonly sourceLine: string;
}

const PAPER = "#f7f4ee";
const INK = "#1f1d1a";
const INK_SOFT = "#4f4a43";
const RULE = "#d9d2c5";
const SANS = "Source Sans 3";
const SERIF = "Source Serif 4";
const PAD = 48;
const GRAPHIC_SCALE = 1.1;
/** The gutter between the text column and the graphic. */
const GUTTER = 36;
// The title is serif; the width table is Source Sans 3's, so the serif lines get a narrower measure.
const SERIF_WIDER = 1.12;

/** One <text> of lines, each as a <tspan>; styled inline so the graphic's stylesheet never reaches it. */
function lines(text: readonly string[], x: number, y: number, size: number, leading: number, style: string): string {
  const spans = text.map((line, i) => `<tspan x="${x}" y="${(y + i * size * leading).toFixed(1)}">${e(line)}</tspan>`).join("");
  return `<text style="font-size:${size}px;${style}">${spans}</text>`;
}

/** The largest size from `sizes` at which text fits in `max` lines; else the smallest, its last line cut with "…". */
function fit(text: string, width: number, sizes: readonly number[], max: number, bold: boolean, widen = 1): { size: number; text: string[] } {
  const room = width / widen;
  for (const size of sizes) {
    const w = wrap(text, room, size, bold);
    if (w.length <= max) return { size, text: w };
  }
  const size = sizes[sizes.length - 1];
  const w = wrap(text, room, size, bold);
  const words = w.slice(max - 1).join(" ").split(" ");
  const last = () => `${words.join(" ").replace(/[\s,;:.–—-]+$/, "")}…`;
  while (words.length > 1 && textWidth(last(), size, bold) > room) words.pop();
  return { size, text: [...w.slice(0, max - 1), last()] };
}

/** The largest size whose lines, `leading` apart, fit in `height` px; the smallest, cut, otherwise. */
function fitInto(text: string, width: number, sizes: readonly number[], leading: number, height: number): { size: number; text: string[] } {
  const maxLines = (size: number) => Math.max(1, Math.floor((height - size) / (size * leading)) + 1);
  for (const size of sizes) {
    const w = wrap(text, width, size, true);
    if (w.length <= maxLines(size)) return { size, text: w };
  }
  const smallest = sizes[sizes.length - 1];
  return fit(text, width, [smallest], maxLines(smallest), true);
}

/**
 * resvg ignores `vector-effect: non-scaling-stroke`, so a rule that asks for it gets its stroke width
 * divided by the map camera's zoom instead, which is what the browser draws.
 */
export function unscaledStrokes(css: string, zoom: number): string {
  if (!(zoom > 0)) throw new Error(`[story:share] the map's zoom is not a positive number: ${zoom}`);
  return css.replace(/\{[^{}]*vector-effect:\s*non-scaling-stroke[^{}]*\}/g, (rule) => rule.replace(/stroke-width:\s*([\d.]+)(px)?/, (_, w: string) => `stroke-width: ${+(Number(w) / zoom).toFixed(4)}px`));
}

/** The card's SVG text, with the step's static SVG (as the build writes it) set in it as a group. */
export function shareCardSvg(staticSvg: string, text: CardText): string {
  const inner = /<svg\b([^>]*)>([\s\S]*)<\/svg>/.exec(staticSvg);
  if (!inner) throw new Error("[story:share] the static image is not an SVG");
  const [, attrs, content] = inner;
  const viewBox = /\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(attrs);
  if (!viewBox) throw new Error('[story:share] the static image has no viewBox="0 0 width height"');
  const gw = Number(viewBox[1]) * GRAPHIC_SCALE;
  const gh = Number(viewBox[2]) * GRAPHIC_SCALE;
  const gx = CARD_SIZE.width - gw - (CARD_SIZE.height - gh) / 2;
  const gy = (CARD_SIZE.height - gh) / 2;
  // The image goes in as a group (its class kept for its stylesheet), not a nested <svg>: resvg aborts
  // the whole process on a clipped group holding a shape wholly outside its clip, which a zoomed map
  // has. The map draws past its frame, so paper-coloured mats cover what lies outside it instead.
  const className = /\bclass="([^"]*)"/.exec(attrs)?.[1] ?? "";
  const zoom = Number(/\bdata-camera="\S+ \S+ (\S+)"/.exec(attrs)?.[1] ?? 1);
  const css = (body: string) => body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/, (_, sheet: string) => `<![CDATA[${unscaledStrokes(flattenCss(sheet), zoom)}]]>`);
  const graphic = `<g class="${e(className)}" transform="translate(${gx.toFixed(1)} ${gy.toFixed(1)}) scale(${GRAPHIC_SCALE})">${css(content)}</g>`;
  const f = (n: number) => n.toFixed(1);
  const mats = [
    [0, 0, CARD_SIZE.width, gy],
    [0, gy + gh, CARD_SIZE.width, CARD_SIZE.height - gy - gh],
    [0, gy, gx, gh],
    [gx + gw, gy, CARD_SIZE.width - gx - gw, gh],
  ]
    .map(([x, y, w, h]) => `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${PAPER}"/>`)
    .join("");

  const column = gx - GUTTER - PAD;
  const sans = (weight: number, fill: string) => `font-family:'${SANS}';font-weight:${weight};fill:${fill}`;
  const site = lines([text.site], PAD, PAD + 22, 24, 1, `${sans(600, INK_SOFT)};letter-spacing:0.04em`);
  const piece = fit(text.pieceTitle, column, [30, 27, 24], 3, true, SERIF_WIDER);
  let y = PAD + 22 + 30 + piece.size;
  const pieceText = lines(piece.text, PAD, y, piece.size, 1.2, `font-family:'${SERIF}';font-weight:600;fill:${INK}`);
  y += (piece.text.length - 1) * piece.size * 1.2 + 28;
  const rule = `<rect x="${PAD}" y="${y.toFixed(1)}" width="64" height="4" fill="#8f2d1f"/>`;
  const source = fit(text.sourceLine, column, [24, 22, 20], 3, false);
  const sourceTop = CARD_SIZE.height - PAD - (source.text.length - 1) * source.size * 1.25;
  const room = sourceTop - source.size - 24 - (y + 28);
  // The step's title: as large as fits between the rule and the source line.
  const graphicTitle = fitInto(text.graphicTitle, column, [46, 42, 38, 34, 30], 1.15, room);
  const titleText = lines(graphicTitle.text, PAD, y + 28 + graphicTitle.size, graphicTitle.size, 1.15, sans(600, INK));
  const sourceText = lines(source.text, PAD, sourceTop, source.size, 1.25, sans(400, INK_SOFT));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}">
<rect width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" fill="${PAPER}"/>
${graphic}
${mats}
<rect x="${gx.toFixed(1)}" y="${gy.toFixed(1)}" width="${gw.toFixed(1)}" height="${gh.toFixed(1)}" fill="none" stroke="${RULE}" stroke-width="2"/>
${site}
${pieceText}
${rule}
${titleText}
${sourceText}
</svg>
`;
}
