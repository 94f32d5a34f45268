// Byte weight of the built piece, by type, raw and gzip: for the first view and for the whole story.
// Deterministic (read from dist/), so npm test checks it against bench/budget.json; npm run bench prints it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** @typedef {{ file: string, type: string, raw: number, gzip: number }} Entry */

const TYPES = { ".js": "js", ".css": "css", ".json": "geometry/data", ".woff2": "fonts", ".html": "html", ".svg": "images", ".png": "images", ".jpg": "images", ".csv": "geometry/data" };

/** @param {string} dist @returns {string[]} */
function walk(dist) {
  return readdirSync(dist).flatMap((name) => {
    const path = join(dist, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** @param {string} dist @param {string} file @returns {Entry} */
function entry(dist, file) {
  const body = readFileSync(join(dist, file));
  return { file, type: TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? "other", raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/**
 * The files the first view needs: the page, its entry script, the scripts that script imports
 * statically and the piece it imports once the text is on screen, the stylesheet, the fonts the stylesheet declares in woff2 (the format browsers take),
 * and the region geometry the map fetches at once. Lazy chunks (import()) are the rest of the story.
 * @param {string} dist
 */
export function firstViewFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  const files = new Set(["index.html"]);
  const queue = refs.filter((r) => r.endsWith(".js"));
  while (queue.length) {
    const js = /** @type {string} */ (queue.shift());
    if (files.has(js)) continue;
    files.add(js);
    const code = readFileSync(join(dist, js), "utf8");
    // Static imports only: `import ... from "./x.js"` or `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
    // And the piece itself, which the entry imports once the first contentful paint is reported (src/main.ts);
    // not the lazy chunks named below (later scenes and tweens, presenter modes, embedding).
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      const file = `assets/${m[1]}`;
      if (![LATER_CHUNK, MODE_CHUNK, EMBED_FILE, SHARE_CHUNK].some((lazy) => lazy.test(file))) queue.push(file);
    }
    const json = [
      ...[...code.matchAll(/["'`]\/?(assets\/[^"'`]+\.json)["'`]/g)].map((m) => m[1]),
      // Asset URLs relative to the script (src/build/embedPlugin.ts): new URL("x.json", import.meta.url).
      ...[...code.matchAll(/["'`]([^"'`/]+\.json)["'`]\s*,\s*import\.meta\.url/g)].map((m) => `assets/${m[1]}`),
    ];
    for (const file of json) if (!LATER_CHUNK.test(file)) files.add(file);
  }
  // The stylesheet: linked, or inlined into the page (then its fonts are named in the page itself).
  const sheets = [html, ...refs.filter((r) => r.endsWith(".css")).map((css) => (files.add(css), readFileSync(join(dist, css), "utf8")))];
  for (const text of sheets) for (const m of text.matchAll(/url\(["']?\/?(assets\/[^"')]+\.woff2)["']?\)/g)) files.add(m[1]);
  return [...files];
}

/** What the scrolling reader loads after the first view: the later scenes, their data, the tween engine. */
export const LATER_CHUNK = /^assets\/((later|gsap-core)-[\w-]+\.js|scenes-[\w-]+\.json)$/;

/** What a "Share this passage" press loads, on the first press only (src/ui/shareButtons.ts). */
export const SHARE_CHUNK = /^assets\/sharePassage-[\w-]+\.js$/;

/**
 * Each step's share page and card, and its embeddable card (src/build/shareFiles.ts): read by social
 * crawlers and host pages, not by readers of the piece.
 */
export const SHARE_PAGE = /^s\/([a-z0-9-]+)\/(index\.html|card\.png|embed\.html|oembed\.json)$/;

/**
 * Chunks that only the presenter's modes load (?mode=present, ?mode=console, ?print&notes): counted
 * apart, so that "the whole story" is what a reader scrolling the piece can download.
 */
export const MODE_CHUNK = /^assets\/(setupPresent|setupConsole|setupHandout|keyPressFrom|speakerNotes|modeStrings)-[\w-]+\.js$/;

/** What only embedding uses: the loader host pages load, its manifest, the shadow-root entry, and frame mode. */
export const EMBED_FILE = /^(embed\.js|embed\.json|oembed\.json|assets\/(shadow|startFrame|protocol)-[\w-]+\.js)$/;

/** Totals by type for the first view, for the whole story as a reader gets it, and for the modes. */
export function measureBytes(dist = "dist") {
  const all = walk(dist).map((p) => relative(dist, p));
  // The no-JavaScript images and the CSV downloads are not part of the scripted story.
  // The link-card image is fetched by social networks' crawlers, not by readers.
  const files = all.filter((f) => !f.startsWith("static/") && !f.startsWith("data/") && !f.endsWith(".woff") && f !== "robots.txt" && f !== "social-preview.jpg" && !SHARE_PAGE.test(f));
  const story = files.filter((f) => !MODE_CHUNK.test(f) && !EMBED_FILE.test(f));
  const modes = files.filter((f) => MODE_CHUNK.test(f));
  const first = new Set(firstViewFiles(dist));
  const sum = (entries) => {
    const byType = {};
    for (const e of entries) {
      byType[e.type] ??= { raw: 0, gzip: 0, files: 0 };
      byType[e.type].raw += e.raw;
      byType[e.type].gzip += e.gzip;
      byType[e.type].files += 1;
    }
    const total = entries.reduce((t, e) => ({ raw: t.raw + e.raw, gzip: t.gzip + e.gzip }), { raw: 0, gzip: 0 });
    return { byType, total };
  };
  const entries = story.map((f) => entry(dist, f));
  return {
    firstView: { files: [...first].sort(), ...sum(entries.filter((e) => first.has(e.file))) },
    wholeStory: { files: story.sort(), ...sum(entries) },
    presenterModes: { files: modes.sort(), ...sum(modes.map((f) => entry(dist, f))) },
    sharePages: measureSharePages(dist, all),
  };
}

/** The share pages and cards: how many, the largest page, embeddable card and card, and all the cards together. */
function measureSharePages(dist, all) {
  const of = (kind) => all.filter((f) => SHARE_PAGE.exec(f)?.[2] === kind).map((f) => entry(dist, f));
  const largest = (entries) => entries.reduce((a, b) => (b.raw > a.raw ? b : a), { file: "", raw: 0, gzip: 0 });
  const pages = of("index.html");
  const cards = of("card.png");
  return { steps: pages.length, largestPage: largest(pages), largestEmbed: largest(of("embed.html")), largestCard: largest(cards), cardsRaw: cards.reduce((t, c) => t + c.raw, 0) };
}

/** The share pages in one line of the bench's table (KiB). */
export function sharePagesLine({ steps, largestPage, largestEmbed, largestCard, cardsRaw }) {
  const k = (n) => (n / 1024).toFixed(1);
  return `${steps} pages, the largest ${k(largestPage.raw)} / ${k(largestPage.gzip)} (${largestPage.file}); embeddable cards up to ${k(largestEmbed.raw)} / ${k(largestEmbed.gzip)}; PNG cards ${k(cardsRaw)} in all, the largest ${k(largestCard.raw)} (${largestCard.file})`;
}
