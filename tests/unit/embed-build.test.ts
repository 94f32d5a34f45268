// What the build leaves for embedders (runs after `vite build` in the test command, like bytes.test.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const dist = (f: string) => join(ROOT, "dist", f);

describe("dist/ for embedders", () => {
  const loader = readFileSync(dist("embed.js"), "utf8");
  it("has embed.js at a stable name: one small classic script, no module syntax", () => {
    expect(loader).not.toMatch(/^\s*(import|export)\s/m);
    expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(4 * 1024);
  });
  it("has embed.json naming the shadow-root module that exists beside it", () => {
    const manifest = JSON.parse(readFileSync(dist("embed.json"), "utf8"));
    expect(manifest.v).toBe(1);
    expect(manifest.module).toMatch(/^assets\/shadow-[\w-]+\.js$/);
    expect(existsSync(dist(manifest.module))).toBe(true);
  });
  it("has an oEmbed file that the page's discovery link names, and the card image", () => {
    const html = readFileSync(dist("index.html"), "utf8");
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/\/oembed\.json$/);
    expect(JSON.parse(readFileSync(dist("oembed.json"), "utf8")).type).toBe("rich");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(/^https?:\/\/.+\/social-preview\.jpg$/);
    expect(existsSync(dist("social-preview.jpg"))).toBe(true);
  });
});
