// The bench's reading of Chromium's frame reports (bench/compositorFrames.mjs): which frames count as
// due, and which as dropped.
import { describe, expect, it } from "vitest";
import { compositorFrames } from "../../bench/compositorFrames.mjs";

const report = (state: string, ph = "b") => ({ name: "PipelineReporter", ph, args: { frame_reporter: { state } } });

describe("compositorFrames", () => {
  it("counts presented, partial and dropped frames as due, and frames with nothing to change as not due", () => {
    const events = [
      report("STATE_PRESENTED_ALL"), report("STATE_PRESENTED_ALL"), report("STATE_PRESENTED_ALL"),
      report("STATE_PRESENTED_PARTIAL"), report("STATE_DROPPED"), report("STATE_NO_UPDATE_DESIRED"),
    ];
    expect(compositorFrames(events)).toEqual({ due: 5, dropped: 1, partial: 1, droppedPct: 20 });
  });

  it("reads each frame once, from the start of its report, and ignores other events", () => {
    const events = [report("STATE_DROPPED"), report("STATE_DROPPED", "e"), { name: "Commit", ph: "b", args: {} }, report("STATE_PRESENTED_ALL")];
    expect(compositorFrames(events)).toEqual({ due: 2, dropped: 1, partial: 0, droppedPct: 50 });
  });

  it("reports no frames due, not a division by zero, for a trace without reports", () => {
    expect(compositorFrames([])).toEqual({ due: 0, dropped: 0, partial: 0, droppedPct: 0 });
  });
});
