// Build time: the stylesheet goes into the page itself (it is small, and a separate file would block
// the first paint for a round trip), and the two fonts the first screen sets its headline and text in
// are preloaded, so the text does not wait for the stylesheet to discover them.
import type { OutputAsset, OutputBundle } from "rolldown";

const PRELOAD = [/source-serif-4-600-[\w-]+\.woff2$/, /source-serif-4-400-[\w-]+\.woff2$/];

export function inlineCss(html: string, bundle: OutputBundle, base: string): string {
  let out = html;
  for (const [fileName, chunk] of Object.entries(bundle)) {
    if (chunk.type !== "asset" || !fileName.endsWith(".css")) continue;
    const link = new RegExp(`<link rel="stylesheet"[^>]*href="${base}${fileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`);
    if (!link.test(out)) continue;
    const css = String((chunk as OutputAsset).source).replace(/<\/style/gi, "<\\/style");
    out = out.replace(link, () => `<style>${css}</style>`);
    delete bundle[fileName]; // nothing links to it any more
  }
  const preloads = Object.keys(bundle)
    .filter((f) => PRELOAD.some((p) => p.test(f)))
    .map((f) => `<link rel="preload" href="${base}${f}" as="font" type="font/woff2" crossorigin>`)
    .join("");
  return out.replace("</title>", `</title>${preloads}`);
}
