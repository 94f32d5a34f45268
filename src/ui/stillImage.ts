// A step's still image: the static SVG the build draws of its final picture (src/build/staticImages.ts
// writes static/<step-id>.svg at 640×520), as an <img> that loads only when it is laid out near the view
// (or at once, `eager`).
import type { StepState } from "../model/state.ts";
import { strings } from "./strings.ts";

export function stillImage(state: Pick<StepState, "id" | "scene" | "title">, className: string, eager = false): HTMLImageElement {
  const img = document.createElement("img");
  img.className = className;
  img.alt = `${strings.graphicNote[state.scene]}: ${state.title}`;
  img.width = 640;
  img.height = 520;
  img.loading = eager ? "eager" : "lazy";
  img.decoding = "async";
  img.src = `static/${state.id}.svg`;
  return img;
}
