import { defineConfig } from "vite";
import { embedPlugin } from "./src/build/embedPlugin.ts";
import { inlineCssPlugin, storyPlugin } from "./src/build/plugin.ts";
import { cspPlugin } from "./src/build/csp.ts";

export default defineConfig({
  plugins: [storyPlugin(), embedPlugin(), inlineCssPlugin(), cspPlugin()], // cspPlugin last: it hashes the inlined CSS
  // The region map is fetched as its own file, never inlined into the script.
  // No modulepreload polyfill: every browser the piece supports preloads modules itself (Safari 16 just fetches them in turn).
  build: { assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined), target: "es2022", modulePreload: { polyfill: false } },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1", port: 5173 },
});
