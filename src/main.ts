// Wires the pipeline. Build time (src/build/plugin.ts) has already run:
//
//   story/story.aml -> parse -> validate -> resolve -> states (virtual:story) + prerendered HTML
//
// Run time (src/app/startStory.ts, which draws the rest):
//
//   scroll (scrollama) | #step= link | settle after a fling -> controller.setStep(i) -> DOM, scenes
//
// This page is the stand-alone piece. Embedded in a host page's shadow root, the same startStory runs
// from src/embed/shadow/mountShadow.ts; in an iframe with ?embed=1, src/embed/frame/ drives it.
import "./styles/fonts.css";
import "./styles/main.css";
import "./scenes/alliances/alliances.css";
import "./scenes/chart/chart.css";
import "./scenes/timeline/timeline.css";
import "./embed/frame/frame.css";
import { afterFirstContentfulPaint } from "./schedule/afterFirstContentfulPaint.ts";
import { nextTask } from "./schedule/nextTask.ts";
import { wantsFrame } from "./embed/frame/frameParams.ts";
import { modeFromSearch } from "./modes/modeFromSearch.ts";
import { setupModes } from "./modes/setupModes.ts";

// ?embed=1 or pym's ?childId= inside an iframe (EMBEDDING.md): its code loads only there.
if (wantsFrame(location.search, window.parent !== window)) void import("./embed/frame/startFrame.ts").then((m) => m.startFrame());
// Reading, the prerendered article is drawn first: the piece's code is fetched and started only once
// that frame is on screen, so on a slow connection the text and its fonts do not share the first round
// trips with it. Present mode and the console hide the article and draw their own screens, so they
// start at once.
else {
  const start = () =>
    import("./app/startStory.ts").then(async ({ startStory }) => {
      await nextTask(); // evaluating the module and starting the piece are two tasks, not one long one
      startStory({ scope: document, hash: true, pageRoot: document.documentElement, modes: setupModes });
    });
  void (modeFromSearch(location.search).name === "reading" ? afterFirstContentfulPaint().then(start) : start());
}
