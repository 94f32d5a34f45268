/**
 * The active step for a reading line: the last step whose top has crossed the line, or the first.
 * `tops` are the steps' top edges relative to the viewport, in document order.
 */
export function stepAt(tops: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) if (tops[i] <= line) active = i;
  return active;
}
