/**
 * The active step for a reading line: the last step whose top has crossed the line, or the first.
 * `topOf(i)` is step i's top edge relative to the viewport. Steps stand in document order, so their tops
 * only grow, and a binary search reads about log2(count) of them: on the page each read is a
 * getBoundingClientRect, and the settle after every scroll would otherwise read all of them.
 */
export function stepAt(count: number, topOf: (i: number) => number, line: number): number {
  let low = 0; // the answer is at least low and at most high
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (topOf(mid) <= line) low = mid;
    else high = mid - 1;
  }
  return low;
}
