// Which band of a cross-origin, auto-height frame is on screen, with no help from the parent. The
// browser ignores rootMargin for such frames and one tall sentinel's ratio never changes, but 200 px
// slices observed at 1% thresholds report their visible parts exactly (embedding.md, fact 4).
import { hostViewFromBand, unionBand, type HostView } from "../virtualViewport.ts";

const SLICE = 200;
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

/** Calls `onView` as the visible band changes; returns a function that stops watching. */
export function watchVisibleBand(onView: (view: HostView) => void, onUnsupported: () => void): () => void {
  if (!("IntersectionObserver" in window)) {
    onUnsupported();
    return () => {};
  }
  const layer = document.createElement("div");
  layer.setAttribute("aria-hidden", "true");
  layer.style.cssText = "position:absolute;top:0;left:0;width:1px;pointer-events:none;opacity:0;margin:0;padding:0";
  document.body.append(layer);
  const seen = new Map<Element, { top: number; bottom: number } | null>();
  let fullHeight = window.screen?.availHeight || 800; // until the band shows the viewport whole
  let frame = 0;
  const docHeight = () => document.body.getBoundingClientRect().height;

  const report = () => {
    frame = 0;
    const height = docHeight();
    const band = unionBand(seen.values());
    const view = hostViewFromBand(band, height, fullHeight);
    if (!view) return;
    if (band && band.top > 0.5 && band.bottom < height - 0.5) fullHeight = view.viewHeight;
    onView(view);
  };
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) seen.set(e.target, e.isIntersecting ? { top: e.intersectionRect.top, bottom: e.intersectionRect.bottom } : null);
    frame ||= requestAnimationFrame(report);
  }, { threshold: THRESHOLDS });

  const tile = () => {
    const height = Math.ceil(docHeight());
    const count = Math.ceil(height / SLICE);
    while (layer.children.length > count) {
      observer.unobserve(layer.lastElementChild!);
      seen.delete(layer.lastElementChild!);
      layer.lastElementChild!.remove();
    }
    for (let i = 0; i < count; i++) {
      let slice = layer.children[i] as HTMLElement | undefined;
      if (!slice) {
        slice = layer.appendChild(document.createElement("div"));
        slice.style.position = "absolute";
        slice.style.width = "1px";
        observer.observe(slice);
      }
      slice.style.top = `${i * SLICE}px`;
      slice.style.height = `${Math.min(SLICE, height - i * SLICE)}px`; // never past the end: no scrollbar
    }
  };
  const resize = new ResizeObserver(tile);
  resize.observe(document.body);
  tile();
  return () => {
    resize.disconnect();
    observer.disconnect();
    cancelAnimationFrame(frame);
    layer.remove();
  };
}
