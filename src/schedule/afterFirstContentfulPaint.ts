// Resolves in a task after the browser reports the page's first contentful paint: the frame with the
// text is on screen, not merely painted on the main thread (it reaches the screen a raster and a
// composite later). A request started before then shares the first round trips with that frame's
// fonts on a slow connection. Without paint timing, it falls back to afterNextPaint; a hidden tab
// paints nothing, so a timer bounds the wait.
import { afterNextPaint } from "./afterNextPaint.ts";
import { nextTask } from "./nextTask.ts";

export function afterFirstContentfulPaint(timeoutMs = 1000): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return afterNextPaint();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      void nextTask().then(resolve);
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length) finish();
    });
    const timer = setTimeout(finish, timeoutMs);
    observer.observe({ type: "paint", buffered: true });
  });
}
