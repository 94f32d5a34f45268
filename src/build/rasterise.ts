// SVG to PNG without a browser: resvg (Rust, through its npm package). Only the fonts given are used,
// never the machine's, so the same inputs give the same bytes on any machine.
import { renderAsync } from "@resvg/resvg-js";

/**
 * The PNG of an SVG at its own size, set in the given TrueType/OpenType font files. Renders off the main
 * thread (libuv's pool), so several cards render at once on a machine with several cores.
 */
export async function rasterise(svg: string, fontFiles: readonly string[], families: { sans: string; serif: string }): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: families.sans, sansSerifFamily: families.sans, serifFamily: families.serif },
    fitTo: { mode: "original" },
    shapeRendering: 2,
    textRendering: 1,
  });
  return image.asPng();
}
