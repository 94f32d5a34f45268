// Inside an auto-height iframe the frame's own viewport is the whole document, so the piece works out
// what the reader sees from the host's numbers instead: the "virtual viewport". Pure.
import { stepAt } from "../scroll/stepAt.ts";

/** What part of the frame's document the reader sees, and the host's layout viewport height. */
export interface VirtualViewport {
  /** The visible band's top, in the frame's document coordinates (below the host's sticky header). */
  readonly top: number;
  /** The visible band's height. */
  readonly height: number;
  /** Where the reading line is, in the frame's document coordinates. */
  readonly line: number;
  /** The host's layout viewport height: the piece spaces its passages by it, so zooming moves nothing. */
  readonly viewHeight: number;
}

export interface HostView {
  readonly rectTop: number;
  readonly viewHeight: number;
  readonly visualTop: number;
  readonly visualHeight: number;
  readonly inset: number;
}

/** `offset` is the reading line as a fraction of the viewport, as in src/scroll/scroller.ts. */
export function virtualViewport(view: HostView, offset: number): VirtualViewport {
  const visibleTop = Math.max(view.visualTop, view.inset);
  const bottom = view.visualTop + view.visualHeight;
  return {
    top: visibleTop - view.rectTop,
    height: Math.max(0, bottom - visibleTop),
    line: view.visualTop + view.visualHeight * offset - view.rectTop,
    viewHeight: view.viewHeight,
  };
}

/** The active step: the last whose top (in document coordinates) has crossed the reading line. */
export function activeStep(stepTops: readonly number[], viewport: VirtualViewport): number {
  return stepAt(stepTops.length, (i) => stepTops[i], viewport.line + 1);
}

/**
 * How far down to move the graphic so it behaves as `position: sticky` would: it sits at the visible
 * band's top while the story passes, and never leaves the story's box.
 */
export function pinOffset(band: { top: number }, story: { top: number; height: number }, stageHeight: number): number {
  const room = Math.max(0, story.height - stageHeight);
  return Math.min(room, Math.max(0, band.top - story.top));
}

/**
 * With no parent to ask, a frame can still see which band of itself is on screen (sliceBand.ts).
 * From the band's edges it recovers the host's view: where an edge of the band is not the frame's
 * own edge, it is the viewport's. `viewHeight` is the last height seen whole, or the screen's.
 */
export function hostViewFromBand(band: { top: number; bottom: number } | null, docHeight: number, viewHeight: number): HostView | null {
  if (!band || band.bottom <= band.top) return null;
  const topCut = band.top > 0.5;
  const bottomCut = band.bottom < docHeight - 0.5;
  const height = topCut && bottomCut ? band.bottom - band.top : viewHeight;
  const rectTop = topCut ? -band.top : bottomCut ? band.bottom - height : 0;
  return { rectTop, viewHeight: height, visualTop: 0, visualHeight: height, inset: 0 };
}

/** The union of the slices' visible parts (each null when off screen). */
export function unionBand(parts: Iterable<{ top: number; bottom: number } | null>): { top: number; bottom: number } | null {
  let band: { top: number; bottom: number } | null = null;
  for (const p of parts) {
    if (!p || p.bottom <= p.top) continue;
    band = band ? { top: Math.min(band.top, p.top), bottom: Math.max(band.bottom, p.bottom) } : { ...p };
  }
  return band;
}
