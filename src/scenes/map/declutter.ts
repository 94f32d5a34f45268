// Pure: which labels to leave out so that none overlaps another. Greedy by priority: a label is kept
// when its box clears every box already kept. Boxes are estimated from character counts (no layout
// reads), generous enough for the label fonts in main.css.

export interface LabelBox {
  readonly id: string;
  /** Screen pixels: the box's left, top, width and height. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is kept first. */
  readonly priority: number;
}

/** Approximate width in pixels of a line of text in the sans label font. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.54;

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Ids of the labels to hide. Stable: ties keep the earlier label. */
export function declutter(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = boxes.map((b, i) => [b, i] as const).sort(([a, i], [b, j]) => b.priority - a.priority || i - j);
  const kept: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const [box] of order) {
    if (kept.some((k) => overlaps(k, box, gap))) hidden.add(box.id);
    else kept.push(box);
  }
  return hidden;
}
