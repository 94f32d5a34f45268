// Large type that still fits: the largest font size, up to `max`, at which the box does not overflow.

export function fitText(box: HTMLElement, property: string, min: number, max: number): number {
  const set = (px: number) => box.style.setProperty(property, `${px}px`);
  const fits = () => box.scrollHeight <= box.clientHeight + 1;
  set(max);
  if (fits()) return max;
  let [lo, hi] = [min, max];
  for (let k = 0; k < 8; k++) {
    const mid = (lo + hi) / 2;
    set(mid);
    if (fits()) lo = mid;
    else hi = mid;
  }
  set(lo);
  return lo;
}
