// The SVG a scene draws into. Decorative for assistive technology (each step's text and its note for
// screen readers carry the content) and never a tab stop; its namespace is written out so that the
// build's static images (src/build/staticImages.ts) serialize as SVG files of their own.
import { namespaces, select } from "d3-selection";

export function appendSvg(host: Element, className: string) {
  return select(host).append("svg").attr("xmlns", namespaces.svg).attr("class", className).attr("aria-hidden", "true").attr("focusable", "false");
}
