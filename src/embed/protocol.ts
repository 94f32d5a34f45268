// The bridge's own messages between embed.js on a host page and the piece in an iframe (version 1).
// Documented in EMBEDDING.md. Pure: parsing here only shapes and bounds the data; who may send it
// (event.source, exact origin) is checked by the listeners before anything is parsed.
//
//   child -> host   { xstory: 1, type: "height", height }        the document's height, in CSS px
//   child -> host   { xstory: 1, type: "step", id, index, count } the active step changed (embed.js
//                                                                 relays it as an xstory:step event)
//   host  -> child  { xstory: 1, type: "viewport", rectTop, viewHeight, visualTop, visualHeight, inset }
//                   rectTop      the iframe's top edge in the host's layout viewport
//                   viewHeight   the host's layout viewport height (innerHeight)
//                   visualTop    visualViewport.offsetTop (pinch zoom, on-screen keyboard), else 0
//                   visualHeight visualViewport.height, else innerHeight
//                   inset        the host's sticky header (--xstory-top), which the graphic stays below

export const VERSION = 1;

/** No real page is taller; a bigger number is a bug or an attack, and would make a giant iframe. */
export const MAX_HEIGHT = 200_000;
/** Positions can be far off screen on a long host page, but not beyond this. */
export const MAX_OFFSET = 10_000_000;
export const MAX_VIEWPORT = 20_000;

export interface HeightMessage {
  readonly xstory: typeof VERSION;
  readonly type: "height";
  readonly height: number;
}

export interface ViewportMessage {
  readonly xstory: typeof VERSION;
  readonly type: "viewport";
  readonly rectTop: number;
  readonly viewHeight: number;
  readonly visualTop: number;
  readonly visualHeight: number;
  readonly inset: number;
}

/** No story has more steps than this. */
export const MAX_STEPS = 1000;
/** A step id as the build writes them (story/story.aml): a short slug. */
const STEP_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface StepMessage {
  readonly xstory: typeof VERSION;
  readonly type: "step";
  readonly id: string;
  readonly index: number;
  readonly count: number;
}

/** A finite number within [min, max], or null. */
export function bounded(value: unknown, min: number, max: number): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

export function heightMessage(height: number): HeightMessage {
  return { xstory: VERSION, type: "height", height: Math.ceil(height) };
}

export function parseHeightMessage(data: unknown): HeightMessage | null {
  const r = record(data);
  if (!r || r.xstory !== VERSION || r.type !== "height") return null;
  const height = bounded(r.height, 0, MAX_HEIGHT);
  return height === null ? null : heightMessage(height);
}

export function viewportMessage(v: Omit<ViewportMessage, "xstory" | "type">): ViewportMessage {
  return { xstory: VERSION, type: "viewport", ...v };
}

export function parseViewportMessage(data: unknown): ViewportMessage | null {
  const r = record(data);
  if (!r || r.xstory !== VERSION || r.type !== "viewport") return null;
  const rectTop = bounded(r.rectTop, -MAX_OFFSET, MAX_OFFSET);
  const viewHeight = bounded(r.viewHeight, 1, MAX_VIEWPORT);
  const visualTop = bounded(r.visualTop, 0, MAX_VIEWPORT);
  const visualHeight = bounded(r.visualHeight, 1, MAX_VIEWPORT);
  const inset = bounded(r.inset, 0, MAX_VIEWPORT);
  if (rectTop === null || viewHeight === null || visualTop === null || visualHeight === null || inset === null) return null;
  // A header taller than the screen leaves no room to read: treat it as none rather than as nothing visible.
  return viewportMessage({ rectTop, viewHeight, visualTop, visualHeight, inset: inset < visualHeight ? inset : 0 });
}

export function stepMessage(step: { id: string; index: number; count: number }): StepMessage {
  return { xstory: VERSION, type: "step", id: step.id, index: step.index, count: step.count };
}

export function parseStepMessage(data: unknown): StepMessage | null {
  const r = record(data);
  if (!r || r.xstory !== VERSION || r.type !== "step") return null;
  const count = bounded(r.count, 1, MAX_STEPS);
  const index = count === null ? null : bounded(r.index, 0, count - 1);
  if (count === null || index === null || !Number.isInteger(count) || !Number.isInteger(index)) return null;
  if (typeof r.id !== "string" || !STEP_ID.test(r.id)) return null;
  return stepMessage({ id: r.id, index, count });
}

/** The snippet's data-src, if it is an http(s) URL: nothing else is ever framed, fetched or opened. */
export function httpUrl(value: string | null | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** data-allow-origins: space-separated exact origins (scheme://host[:port]); anything else is dropped. */
export function allowedOrigins(attribute: string | null | undefined, fallback: string): string[] {
  const listed = (attribute ?? "").split(/\s+/).filter(Boolean);
  const origins = listed.map((o) => httpUrl(o)).filter((u): u is URL => u !== null && u.origin === u.href.replace(/\/$/, "")).map((u) => u.origin);
  return origins.length ? [...new Set(origins)] : [fallback];
}
