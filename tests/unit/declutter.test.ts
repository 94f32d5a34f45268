// The shared label declutter (src/scenes/declutter.ts), on small hand-made cases.
import { describe, expect, it } from "vitest";
import { overlaps, type Box } from "../../src/scenes/box.ts";
import { around, declutter, type Candidate, type LabelRequest, type Mark } from "../../src/scenes/declutter.ts";

const box = (x: number, y: number, width = 40, height = 12): Box => ({ x, y, width, height });
const bounds = box(0, 0, 200, 100);
const label = (id: string, candidates: Candidate[], more: Partial<LabelRequest> = {}): LabelRequest => ({ id, priority: 1, named: false, candidates, ...more });

describe("the declutter", () => {
  it("puts a label in its first box when nothing is in the way", () => {
    const placed = declutter([label("a", [box(10, 10), box(100, 10)])], [], bounds);
    expect(placed.get("a")).toMatchObject({ index: 0, hidden: false, clean: true });
  });

  it("moves a label to its next box rather than overlap a label placed before it", () => {
    const placed = declutter([label("first", [box(10, 10)], { priority: 2 }), label("second", [box(20, 12), box(100, 10)])], [], bounds);
    expect(placed.get("second")).toMatchObject({ index: 1, hidden: false });
  });

  it("places the higher priority first, whatever the order it is given in", () => {
    const placed = declutter([label("low", [box(10, 10), box(100, 10)]), label("high", [box(20, 12), box(100, 60)], { priority: 5 })], [], bounds);
    expect(placed.get("high")!.index).toBe(0);
    expect(placed.get("low")!.index).toBe(1);
  });

  it("keeps a label off a mark it does not belong to, and lets it lie on its own", () => {
    const marks: Mark[] = [{ id: "pin:a", box: box(15, 12, 6, 6) }];
    const other = declutter([label("b", [box(10, 10), box(100, 10)])], marks, bounds);
    expect(other.get("b")!.index).toBe(1);
    const own = declutter([label("a", [box(10, 10), box(100, 10)], { owns: ["pin:a"] })], marks, bounds);
    expect(own.get("a")!.index).toBe(0);
  });

  it("keeps a label inside the bounds", () => {
    const placed = declutter([label("a", [box(180, 10), box(150, 10)])], [], bounds);
    expect(placed.get("a")!.index).toBe(1);
  });

  it("moves a placed label to another of its boxes so that a later label fits, before hiding anything", () => {
    // "first" takes its first box, the only one "second" has; "first" has another.
    const first = label("first", [box(10, 10), box(100, 60)], { priority: 2 });
    const second = label("second", [box(12, 12)]);
    const placed = declutter([first, second], [], bounds);
    expect(placed.get("second")).toMatchObject({ index: 0, hidden: false, clean: true });
    expect(placed.get("first")).toMatchObject({ index: 1, hidden: false, clean: true });
    expect(declutter([first, second], [], bounds, { retries: 0 }).get("second")!.hidden).toBe(true); // what one pass gives
  });

  it("hides a label the step does not name when none of its boxes is free", () => {
    const placed = declutter([label("first", [box(10, 10)], { priority: 2 }), label("second", [box(12, 12)])], [], bounds);
    expect(placed.get("second")).toMatchObject({ hidden: true, box: null, index: -1 });
    expect(placed.get("first")!.hidden).toBe(false);
  });

  it("never hides a named label: with no free box it takes the one that overlaps least, and says it is not clean", () => {
    const placed = declutter([label("first", [box(10, 10)], { priority: 2, named: true }), label("second", [box(12, 12), box(40, 10)], { named: true })], [], bounds);
    expect(placed.get("second")).toMatchObject({ hidden: false, clean: false, index: 1 });
  });

  it("places a named label before a label that is not named, whatever their priorities", () => {
    const placed = declutter([label("loud", [box(10, 10), box(100, 10)], { priority: 9 }), label("named", [box(12, 12)], { named: true })], [], bounds);
    expect(placed.get("named")!.index).toBe(0);
    expect(placed.get("loud")!.index).toBe(1);
  });

  it("tries again with the labels left without a free box placed first", () => {
    // In priority order, "a" takes the only box "b" has, and cannot move from it ("c" sits on a's second
    // box): b would be hidden. Placed first, b takes it, a its second box, and c its own second box.
    const a = label("a", [box(10, 10), box(150, 80)], { priority: 3 });
    const blocker = label("c", [box(140, 78), box(10, 60)], { priority: 2 });
    const b = label("b", [box(12, 12)], { priority: 1 });
    const placed = declutter([a, blocker, b], [], bounds);
    expect(placed.get("b")).toMatchObject({ index: 0, hidden: false });
    expect(placed.get("a")).toMatchObject({ index: 1, hidden: false });
    expect(declutter([a, blocker, b], [], bounds, { retries: 0 }).get("b")!.hidden).toBe(true);
    const shown = [...placed.values()].filter((p) => p.box);
    for (const p of shown) for (const q of shown) if (p !== q) expect(overlaps(p.box!, q.box!)).toBe(false);
  });

  it("keeps a label's leader line off the labels placed before it, and later labels off the line", () => {
    const first = label("first", [box(60, 40)], { priority: 3 });
    // "led" would be free at (150, 40), but its line back to (10, 46) runs through "first".
    const led = label("led", [{ ...box(150, 40), leader: [[10, 46], [150, 46]] }, box(150, 80)], { priority: 2 });
    expect(declutter([first, led], [], bounds).get("led")!.index).toBe(1);
    // Placed first, a line keeps a later label off it.
    const line = label("line", [{ ...box(150, 40), leader: [[10, 46], [150, 46]] }], { priority: 3 });
    const later = label("later", [box(60, 40), box(60, 70)], { priority: 1 });
    expect(declutter([line, later], [], bounds).get("later")!.index).toBe(1);
  });

  it("offers the boxes around a point right, left, above and below first, each `distance` away", () => {
    const [right, left, above, below] = around([100, 50], 40, 10, 5);
    expect(right).toEqual({ x: 105, y: 45, width: 40, height: 10 });
    expect(left).toEqual({ x: 55, y: 45, width: 40, height: 10 });
    expect(above).toEqual({ x: 80, y: 35, width: 40, height: 10 });
    expect(below).toEqual({ x: 80, y: 55, width: 40, height: 10 });
  });
});
