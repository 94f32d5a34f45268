// The compositor's own account of the frames it owed the screen during a Chromium trace. Each frame
// has a PipelineReporter event whose state says whether it was presented whole, presented without the
// main thread's update (partial), dropped, or not needed (nothing on screen was to change). This is
// what DevTools' Frames track draws; the page's own rAF clocks cannot see a frame that the compositor
// dropped after the main thread was done with it. "-*" leaves out Chromium's default categories.
export const COMPOSITOR_FRAME_CATEGORIES = ["-*", "disabled-by-default-devtools.timeline.frame"];

/** Counts from one page's trace events: frames due (presented or dropped), dropped, presented partially. */
export function compositorFrames(traceEvents) {
  const states = traceEvents.filter((e) => e.name === "PipelineReporter" && e.ph === "b").map((e) => e.args?.frame_reporter?.state);
  const count = (state) => states.filter((s) => s === state).length;
  const dropped = count("STATE_DROPPED"), partial = count("STATE_PRESENTED_PARTIAL");
  const due = count("STATE_PRESENTED_ALL") + partial + dropped;
  return { due, dropped, partial, droppedPct: due ? Number(((dropped / due) * 100).toFixed(1)) : 0 };
}
