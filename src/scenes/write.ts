// Writes that leave an element alone when it already shows the value. Chromium restyles an SVG element
// whenever a geometry attribute (d, transform, x, y, x1…y2, cx, cy, r, width, height) is set, and lays text
// out again whenever its content is set, even to the value it has (measured in Debian's Chromium, 2026-11). A step change that rewrote a
// whole scene that way spent 20–45 ms restyling at 4× CPU; these writes touch only what changed.
import type { BaseType, Selection } from "d3-selection";

type Value<D> = string | number | null | ((this: Element, d: D, i: number) => string | number | null);

const valueOf = <D>(value: Value<D>, el: Element, d: D, i: number): string | null => {
  const v = typeof value === "function" ? value.call(el, d, i) : value;
  return v === null ? null : String(v);
};

/** el.setAttribute (null removes), unless the element already carries the value. */
export function writeAttribute(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Like selection.attr(name, value) (null removes), skipping elements that already carry the value. */
export function setAttr<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, name: string, value: Value<D>): Selection<E, D, P, PD> {
  return selection.each(function (d, i) {
    writeAttribute(this as Element, name, valueOf(value, this as Element, d, i));
  });
}

/** Like selection.text(value), skipping elements whose text is already the value. */
export function setText<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, value: Value<D>): Selection<E, D, P, PD> {
  return selection.each(function (d, i) {
    const el = this as Element;
    const next = valueOf(value, el, d, i) ?? "";
    if (el.textContent !== next) el.textContent = next;
  });
}

/** setAttr for several attributes at once: { name: value }. */
export function setAttrs<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, values: Record<string, Value<D>>): Selection<E, D, P, PD> {
  for (const [name, value] of Object.entries(values)) setAttr(selection, name, value);
  return selection;
}
