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
import "@fontsource/source-serif-4/latin-400.css";
import "@fontsource/source-serif-4/latin-600.css";
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-600.css";
import "./styles/main.css";
import "./scenes/alliances/alliances.css";
import "./scenes/chart/chart.css";
import "./scenes/timeline/timeline.css";
import "./embed/frame/frame.css";
import { startStory } from "./app/startStory.ts";
import { wantsFrame } from "./embed/frame/frameParams.ts";
import { setupModes } from "./modes/setupModes.ts";

// ?embed=1 or pym's ?childId= inside an iframe (EMBEDDING.md): its code loads only there.
if (wantsFrame(location.search, window.parent !== window)) void import("./embed/frame/startFrame.ts").then((m) => m.startFrame());
else startStory({ scope: document, hash: true, motionRoot: document.documentElement, modes: setupModes });
