// What "G, then a number or an id, then Enter" means. Pure.

/**
 * The step index for what the presenter typed: a step number (1-based, as the counter shows), a step
 * id ("tripoli-meeting", also pasted as "#step=tripoli-meeting"), or the start of exactly one id.
 * Null when it names no step, or more than one.
 */
export function parseJump(text: string, ids: readonly string[]): number | null {
  const typed = text.trim().replace(/^#?step=/, "").toLowerCase();
  if (!typed) return null;
  if (/^\d+$/.test(typed)) {
    const n = Number(typed);
    return n >= 1 && n <= ids.length ? n - 1 : null;
  }
  const exact = ids.indexOf(typed);
  if (exact >= 0) return exact;
  const starts = ids.flatMap((id, i) => (id.startsWith(typed) ? [i] : []));
  return starts.length === 1 ? starts[0] : null;
}
