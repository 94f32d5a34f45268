// Resolves in a task after the next frame has been drawn. Work started then finds a clean layout (it
// does not force the whole page's layout in its own task), and the reader already sees the frame.
// A hidden tab draws no frames: the timer then stands in.
export function afterNextPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const fallback = setTimeout(done, timeoutMs);
    requestAnimationFrame(() => (clearTimeout(fallback), done()));
  });
}

/**
 * Resolves in a new task: what follows runs apart from the work before it. A message, not a timer: it is
 * not clamped, and a paused clock (a test's fake timers) does not hold the piece back.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(null);
  });
}
