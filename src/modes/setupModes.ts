// The modes of the page, chosen by URL (README, "Contracts"): reading (the default), ?mode=present,
// ?mode=console and ?print. Called by src/main.ts before the page starts, so that the mode's layout
// is in place before the scroll driver first measures it. Present mode and the console load their
// code only when asked for; the handout's few lines are always here, because any page can be printed.
import "./present/present.css";
import "./console/console.css";
import "./print/print.css";
import type { ModesContext } from "./context.ts";
import { modeFromSearch, modeUrl } from "./modeFromSearch.ts";
import { setupPrint } from "./print/setupPrint.ts";

export type { ModesContext } from "./context.ts";

export function setupModes(context: ModesContext): void {
  const mode = modeFromSearch(location.search);
  const html = document.documentElement;
  html.dataset.mode = mode.name;
  const keysChoose = mode.name === "present" || mode.name === "console";
  context.scrollChooses(!keysChoose);
  setupPrint(context, mode);
  // The mode's CSS hides the reading page at once; if its code cannot load, the reader gets the page back.
  const fallBack = (error: unknown) => {
    html.dataset.mode = "reading";
    context.scrollChooses(true);
    console.error(error);
  };
  if (mode.name === "present") import("./present/setupPresent.ts").then((m) => m.setupPresent(context)).catch(fallBack);
  else if (mode.name === "console") import("./console/setupConsole.ts").then((m) => m.setupConsole(context)).catch(fallBack);
  else if (mode.name === "reading") setupPresentLink(context);
}

/** The "Present" link in the reading page's step bar starts present mode at the step being read. */
function setupPresentLink({ controller, payload, root }: ModesContext): void {
  const link = root.querySelector<HTMLAnchorElement>(".present-link");
  if (!link) return;
  const update = (i: number) => {
    link.href = modeUrl(location.pathname, "present", payload.states[i]?.id ?? null);
  };
  update(Math.max(0, controller.current));
  controller.subscribe(update);
}
