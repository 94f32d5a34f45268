// Resolves in a task after the next frame has been drawn. Work started then finds a clean layout (it
// does not force the whole page's layout in its own task), and the reader already sees the frame.
// A hidden tab draws no frames: inNextFrame's timer then stands in.
import { inNextFrame } from "./inNextFrame.ts";
import { nextTask } from "./nextTask.ts";

export function afterNextPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => inNextFrame(() => void nextTask().then(resolve), timeoutMs));
}

/** `run`, after the next paint, once however often it is asked for before then. */
export function onceAfterNextPaint(run: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    void afterNextPaint().then(() => {
      pending = false;
      run();
    });
  };
}
