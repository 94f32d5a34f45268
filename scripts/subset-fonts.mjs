#!/usr/bin/env node
// Subsets the Arabic font to the characters the story uses (the opening line), so readers download a
// few kilobytes instead of the whole Arabic range. Run with `npm run fonts` after changing Arabic text;
// the output is committed. Source: @fontsource/amiri (SIL Open Font License 1.1).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);
const story = readFileSync(new URL("../story/story.aml", import.meta.url), "utf8");
// Every Arabic-script character in the story, plus the space.
const text = [...new Set(story.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? [])].join("") + " ";
const source = readFileSync(require.resolve("@fontsource/amiri/files/amiri-arabic-400-normal.woff2"));
const subset = await subsetFont(source, text, { targetFormat: "woff2" });
const out = new URL("../assets/fonts/amiri-story.woff2", import.meta.url);
writeFileSync(out, subset);
console.log(`wrote ${out.pathname}: ${subset.length} bytes for ${text.length} characters (${JSON.stringify(text)})`);
