// Runs `run` in the next animation frame, before it is drawn; a hidden tab draws no frames, and then a
// timer stands in.
export function inNextFrame(run: () => void, timeoutMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, timeoutMs);
  requestAnimationFrame(once);
}
