import { defineConfig } from "vite";
import { embedPlugin } from "./src/build/embedPlugin.ts";
import { inlineCssPlugin, storyPlugin } from "./src/build/plugin.ts";
import { cspPlugin } from "./src/build/csp.ts";

export default defineConfig({
  plugins: [storyPlugin(), embedPlugin(), inlineCssPlugin(), cspPlugin()], // cspPlugin last: it hashes the inlined CSS
  // The region map is fetched as its own file, never inlined into the script.
  // No modulepreload polyfill: every browser the piece supports preloads modules itself (Safari 16 just fetches them in turn).
  build: { assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined), target: "es2022", modulePreload: { polyfill: false } },
  // CORS for any origin, as EMBEDDING.md asks of the published site: the inline embed reads the story from
  // the host's origin, and WordPress's oEmbed iframe (sandbox="allow-scripts") runs on an opaque origin.
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, cors: { origin: "*" } },
  server: { host: "127.0.0.1", port: 5173 },
});
