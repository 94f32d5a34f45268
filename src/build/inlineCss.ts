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

/**
 * The site icon goes into the page as a data: URL. Chromium fetches a linked icon again after every
 * history.replaceState, that is at every step change (the URL follows the reader's step): 28 requests in a
 * pass through the story. An icon in the page is never fetched. (The CSP allows data: images for it.)
 */
export function inlineIcon(html: string, png: Uint8Array): string {
  const link = /<link rel="icon" href="\/favicon\.png"/;
  if (!link.test(html)) throw new Error('index.html: no <link rel="icon" href="/favicon.png"> to inline');
  return html.replace(link, `<link rel="icon" href="data:image/png;base64,${Buffer.from(png).toString("base64")}"`);
}
