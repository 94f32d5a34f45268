// The Vite plugin that runs the story pipeline: it fails the build on a bad story (and leaves no
// dist/ behind), prerenders the article into index.html and serves the states as virtual:story.
import { readFileSync, rmSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { inputFiles, loadStory, StoryBuildError, type Loaded } from "./loadStory.ts";
import { inlineCss, inlineIcon } from "./inlineCss.ts";
import { csvPath, prerender } from "./prerender.ts";
import { stepTable, toCsv } from "../scenes/tables.ts";
import { renderStaticImages, staticPath } from "./staticImages.ts";
import { toPayload } from "./payload.ts";
import { shareFiles } from "./shareFiles.ts";
import { siteUrl } from "./sharing.ts";

// Two modules: what the first view needs, and the URL of the diagram/chart/timeline data (a JSON file).
const VIRTUAL = "virtual:story";
const VIRTUAL_SCENES = "virtual:story-scenes";
const SCENES_DEV_URL = "/@story/scenes.json";
// And a third: speaker notes and graphic descriptions, for the console and the handout only.
const VIRTUAL_NOTES = "virtual:story-notes";

export function storyPlugin(): Plugin {
  let config: ResolvedConfig;
  let loaded: Loaded | null = null;
  let images: Map<string, string> | null = null;
  const load = () => (loaded ??= loadStory(config.root));
  /** The diagram's, chart's and timeline's data as the JSON file the later scenes fetch. */
  const scenesJson = () => {
    const { actors, relations, charts, events } = toPayload(load());
    return JSON.stringify({ actors, relations, charts, events });
  };
  const staticImages = () => (images ??= renderStaticImages(config.root, load()));

  return {
    name: "story",
    configResolved(resolved) {
      config = resolved;
      if (config.command !== "build") return;
      // Check the story before the bundler starts, so a bad story stops the build with nothing written.
      try {
        load();
      } catch (error) {
        rmSync(resolvePath(config.root, config.build.outDir), { recursive: true, force: true });
        if (!(error instanceof StoryBuildError)) throw error;
        // The report is for an editor on deadline: print it alone. Thrown, the bundler would wrap it
        // in its own stack trace and print it twice.
        config.logger.error(`\nThe story has errors; nothing was built (dist/ removed).\n${error.message}\n`);
        process.exit(1);
      }
    },
    buildStart() {
      for (const file of inputFiles(config.root)) this.addWatchFile(file);
    },
    resolveId(id) {
      return id === VIRTUAL || id === VIRTUAL_SCENES || id === VIRTUAL_NOTES ? "\0" + id : null;
    },
    load(id) {
      if (id === "\0" + VIRTUAL_NOTES) {
        const notes = Object.fromEntries(load().states.map((s) => [s.id, { notes: s.notes, description: s.description }]));
        return `export default ${JSON.stringify(notes)};`;
      }
      if (id === "\0" + VIRTUAL_SCENES) {
        // The diagram's, chart's and timeline's data is a JSON file that the later scenes fetch: data, not
        // script (parsed faster than an object literal, cached apart from the code). The dev server serves it.
        if (config.command !== "build") return `export default ${JSON.stringify(SCENES_DEV_URL)};`;
        const ref = this.emitFile({ type: "asset", name: "scenes.json", source: scenesJson() });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (id !== "\0" + VIRTUAL) return null;
      const { actors, relations, charts, events, ...rest } = toPayload(load());
      // The reading page has each description in its HTML and needs no notes (see src/modes/speakerNotes.ts).
      const core = { ...rest, states: rest.states.map((s) => ({ ...s, notes: null, description: "" })) };
      return `export default ${JSON.stringify(core)};`;
    },
    handleHotUpdate({ file, server }) {
      if (/story\/|assets\/data\//.test(file)) {
        loaded = null;
        images = null;
        server.ws.send({ type: "full-reload" });
      }
    },
    configureServer(server) {
      // The dev server serves the same CSV files that the build writes.
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? "";
        if (url === SCENES_DEV_URL) {
          res.setHeader("Content-Type", "application/json");
          return void res.end(scenesJson());
        }
        const csvId = /^\/data\/([a-z0-9-]+)\.csv$/.exec(url)?.[1];
        const state = csvId ? load().states.find((s) => s.id === csvId) : undefined;
        const table = state && stepTable(state, load().data);
        if (table) {
          res.setHeader("Content-Type", "text/csv; charset=utf-8");
          return void res.end(toCsv(table));
        }
        const svg = staticImages().get(/^\/static\/([a-z0-9-]+)\.svg$/.exec(url)?.[1] ?? "");
        if (!svg) return next();
        res.setHeader("Content-Type", "image/svg+xml");
        res.end(svg);
      });
    },
    async generateBundle() {
      // Each step's data table as a CSV file beside the page, linked from the table, and its graphic
      // as a static SVG for readers without JavaScript.
      const data = load();
      for (const state of data.states) {
        const table = stepTable(state, data.data);
        if (table) this.emitFile({ type: "asset", fileName: csvPath(state.id), source: toCsv(table) });
      }
      for (const [id, svg] of staticImages()) this.emitFile({ type: "asset", fileName: staticPath(id), source: svg });
      // Each step's share page and social card, made from that static SVG.
      const started = performance.now();
      const shared = await shareFiles(config.root, data, staticImages(), siteUrl(process.env.STORY_SITE_URL));
      for (const [fileName, source] of shared) this.emitFile({ type: "asset", fileName, source });
      config.logger.info(`story: ${data.states.length} share pages and cards in ${Math.round(performance.now() - started)} ms`);
    },
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        return prerender(html, load(), siteUrl(process.env.STORY_SITE_URL));
      },
    },
  };
}

/** Runs after Vite has written its own tags: inlines the stylesheet and the icon, and preloads the headline fonts. */
export function inlineCssPlugin(): Plugin {
  let base = "/";
  let publicDir = "public";
  return {
    name: "story:inline-css",
    apply: "build",
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        return context.bundle ? inlineIcon(inlineCss(html, context.bundle, base), readFileSync(join(publicDir, "favicon.png"))) : html;
      },
    },
  };
}
