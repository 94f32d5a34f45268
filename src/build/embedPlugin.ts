// Build time, for embedding (EMBEDDING.md):
//   dist/embed.js      the loader newsrooms paste: a stable, unhashed name, built on its own as one
//                      small classic script (no imports), from src/embed/loader/embed.ts
//   dist/embed.json    names the hashed shadow-root module for that loader: { v: 1, module }
//   assets/shadow-*.js a second entry, src/embed/shadow/mountShadow.ts, keeping its `mount` export
// Script-side asset URLs are made relative to the script (new URL(…, import.meta.url)), so the same
// chunks fetch the map from our origin whether they run on our page or in a host's shadow root.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { rolldown } from "rolldown";
import type { Plugin } from "vite";
import { oembed, pageFromHtml, PREVIEW_IMAGE, sharingTags, siteUrl } from "./sharing.ts";

export const LOADER_ENTRY = "src/embed/loader/embed.ts";
export const SHADOW_ENTRY = "src/embed/shadow/mountShadow.ts";
/** The social card image, captured from the piece by scripts/capture-preview.mjs. */
export const PREVIEW_SOURCE = "assets/social/preview.jpg";

/** The loader, as one minified classic script. */
export async function buildLoader(root: string): Promise<string> {
  const bundle = await rolldown({ input: resolve(root, LOADER_ENTRY), platform: "browser", logLevel: "warn" });
  try {
    const { output } = await bundle.generate({ format: "iife", minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function embedPlugin(): Plugin {
  let root = process.cwd();
  // Unset, the story's address is where the tests serve it (playwright.config.ts: STORY_PORT, default 4173).
  const site = siteUrl(process.env.STORY_SITE_URL || (process.env.STORY_PORT ? `http://127.0.0.1:${process.env.STORY_PORT}/` : undefined));
  return {
    name: "story:embed",
    apply: "build",
    config(user) {
      const base = user.root ? resolve(user.root) : process.cwd();
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(base, "index.html"), shadow: resolve(base, SHADOW_ENTRY) },
            preserveEntrySignatures: "exports-only",
            // The code both entries share would be named after whichever module the bundler met first.
            output: { chunkFileNames: (chunk) => `assets/${chunk.moduleIds.some((id) => id.endsWith("/src/app/startStory.ts")) ? "story" : "[name]"}-[hash].js` },
          },
        },
        experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === "js" ? { relative: true } : undefined) },
      };
    },
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const shadow = Object.values(bundle).find((c) => c.type === "chunk" && c.isEntry && c.name === "shadow");
      if (!shadow) this.error("the shadow-root entry is missing from the bundle");
      this.emitFile({ type: "asset", fileName: "embed.json", source: JSON.stringify({ v: 1, module: shadow.fileName }) });
      this.emitFile({ type: "asset", fileName: "embed.js", source: await buildLoader(root) });
      this.emitFile({ type: "asset", fileName: PREVIEW_IMAGE, source: readFileSync(resolve(root, PREVIEW_SOURCE)) });
    },
    // After the story plugin has written the title.
    transformIndexHtml: {
      order: "post",
      handler: (html) => html.replace(/(<meta name="description"[^>]*>)/, (m) => `${m}\n    ${sharingTags(site, pageFromHtml(html))}`),
    },
    // The oEmbed response repeats the finished page's title, so it is written once the page is.
    writeBundle(options) {
      const dir = options.dir ?? resolve(root, "dist");
      const page = pageFromHtml(readFileSync(resolve(dir, "index.html"), "utf8"));
      writeFileSync(resolve(dir, "oembed.json"), JSON.stringify(oembed(site, page)));
    },
  };
}
