// The height (and position) messages that CMSes and embed libraries already understand, for a bare
// iframe on a page without our script (EMBEDDING.md, "Bare iframe"). Pure encoders and parsers.
// Wire formats: ../shared/reference/embedding.md, facts 1 and 3.
import { bounded, MAX_HEIGHT, MAX_OFFSET, MAX_VIEWPORT } from "./protocol.ts";

const PYM = "xPYMx";

/** pym.js 1.3.2: `pymxPYMx<id>xPYMx<type>xPYMx<payload>`. */
export function pymMessage(childId: string, type: string, payload: string | number): string {
  return ["pym", childId, type, String(payload)].join(PYM);
}

/** A pym message for this child, as `{ type, payload }`, or null. pym ids are free text: match literally. */
export function parsePym(data: unknown, childId: string): { type: string; payload: string } | null {
  if (typeof data !== "string") return null;
  const prefix = `pym${PYM}${childId}${PYM}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(PYM);
  if (cut <= 0) return null;
  const type = rest.slice(0, cut);
  return /^\S+$/.test(type) ? { type, payload: rest.slice(cut + PYM.length) } : null;
}

export interface PymViewport {
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly rectTop: number;
}

/** pym's `viewport-iframe-position` payload: "vw vh top left bottom right" (numbers, space-separated). */
export function parsePymViewport(payload: string): PymViewport | null {
  const parts = payload.trim().split(/\s+/);
  if (parts.length !== 6) return null;
  const n = parts.map(Number);
  const viewWidth = bounded(n[0], 1, MAX_VIEWPORT);
  const viewHeight = bounded(n[1], 1, MAX_VIEWPORT);
  const rectTop = bounded(n[2], -MAX_OFFSET, MAX_OFFSET);
  if (viewWidth === null || viewHeight === null || rectTop === null) return null;
  if (n.slice(3).some((x) => !Number.isFinite(x))) return null;
  return { viewWidth, viewHeight, rectTop };
}

/** AMP `amp-iframe resizable`. */
export const ampEmbedSize = (height: number) => ({ sentinel: "amp", type: "embed-size", height: Math.ceil(height) });

/** embed.ly / Medium: a JSON string. */
export const embedlyResize = (src: string, height: number) => JSON.stringify({ src, context: "iframe.resize", height: Math.ceil(height) });

/** Datawrapper's host script (and CMSes that copied it). */
export const datawrapperHeight = (id: string, height: number) => ({ "datawrapper-height": { [id]: Math.ceil(height) } });

/** Every dialect's height message for this frame, in the order they are posted. */
export function heightDialects(height: number, frame: { childId: string | null; src: string; id: string }): unknown[] {
  const h = bounded(height, 0, MAX_HEIGHT);
  if (h === null) return [];
  return [
    ...(frame.childId !== null ? [pymMessage(frame.childId, "height", Math.ceil(h))] : []),
    ampEmbedSize(h),
    embedlyResize(frame.src, h),
    datawrapperHeight(frame.id, h),
  ];
}
