/** The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | null {
  const target = word.toLowerCase();
  const all = [...candidates];
  // A shortened id ("italy-libya" for "italy-libya-2017") is a likely slip too.
  const extended = all.filter((c) => target.length >= 4 && c.toLowerCase().startsWith(target));
  if (extended.length === 1) return extended[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of all) {
    const d = distance(target, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(2, Math.floor(target.length / 3));
  return bestDistance <= allowed ? best : null;
}

/** Edit distance, counting two swapped neighbouring letters ("knid" for "kind") as one edit. */
export function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}
