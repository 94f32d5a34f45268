// Shared by the scenes' style tests: WCAG contrast, the page's two backgrounds, and the colours a scene's
// stylesheet declares, so every scene is held to one measure.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";

/** The page's paper and sea (main.css --paper and --sea): what marks and text sit on. */
export const PAPER = "#f7f4ee";
export const SEA = "#dde6ea";

/** The WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A stylesheet (path from the repo root) and a reader of its `--name: #rrggbb` variables, which throws on a missing one. */
export function stylesheet(path: string): { css: string; variable: (name: string) => string } {
  const css = readFileSync(join(import.meta.dirname, "../..", path), "utf8");
  const variable = (name: string) => {
    const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css);
    if (!m) throw new Error(`${basename(path)} has no --${name}`);
    return m[1];
  };
  return { css, variable };
}
