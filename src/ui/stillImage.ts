// A step's still image: the static SVG the build draws of its final picture (src/build/staticImages.ts
// writes static/<step-id>.svg at 640×520), as an <img> that loads only when it is laid out near the view.
import type { StepState } from "../model/state.ts";
import { strings } from "./strings.ts";

export const STILL_SIZE = { width: 640, height: 520 } as const;

/** The image's address, relative to the page, or resolved against `base` (an embed on another origin). */
export const stillImagePath = (stepId: string, base?: string) => {
  const path = `static/${stepId}.svg`;
  return base ? new URL(path, base).href : path;
};

export function stillImage(state: Pick<StepState, "id" | "scene" | "title">, className: string, options: { base?: string; eager?: boolean } = {}): HTMLImageElement {
  const img = document.createElement("img");
  img.className = className;
  img.alt = `${strings.graphicNote[state.scene]}: ${state.title}`;
  img.width = STILL_SIZE.width;
  img.height = STILL_SIZE.height;
  img.loading = options.eager ? "eager" : "lazy";
  img.decoding = "async";
  img.src = stillImagePath(state.id, options.base);
  return img;
}
