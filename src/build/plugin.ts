// The Vite plugin that runs the story pipeline: it fails the build on a bad story (and leaves no
// dist/ behind), prerenders the article into index.html and serves the states as virtual:story.
import { rmSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { loadStory, StoryBuildError, type Loaded } from "./loadStory";
import { prerender } from "./prerender";
import { toPayload } from "./payload";

const VIRTUAL = "virtual:story";
const RESOLVED = "\0" + VIRTUAL;

export function storyPlugin(): Plugin {
  let config: ResolvedConfig;
  let loaded: Loaded | null = null;
  const load = () => (loaded ??= loadStory(config.root));

  return {
    name: "story",
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      loaded = null;
      for (const file of ["story/story.aml", "story/article.txt", "assets/data/sources.json", "assets/data/places.json", "assets/data/borders.json"]) {
        this.addWatchFile(resolvePath(config.root, file));
      }
      try {
        load();
      } catch (error) {
        if (config.command === "build") rmSync(resolvePath(config.root, config.build.outDir), { recursive: true, force: true });
        if (error instanceof StoryBuildError) {
          // The message is the whole report; a stack trace would only bury it.
          const clean = new Error(`the story has errors; nothing was built.\n${error.message}`);
          clean.stack = clean.message;
          throw clean;
        }
        throw error;
      }
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(toPayload(load()))};` : null;
    },
    handleHotUpdate({ file, server }) {
      if (/story\/|assets\/data\//.test(file)) {
        loaded = null;
        server.ws.send({ type: "full-reload" });
      }
    },
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        return prerender(html, load());
      },
    },
  };
}
