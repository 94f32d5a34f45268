#!/usr/bin/env node
// Cuts the piece's fonts to the characters it can show, so readers download a few kilobytes per face
// instead of whole alphabets. Run with `npm run fonts` after changing any text; the output is committed,
// and tests/unit/fonts.test.ts fails when a character the piece uses is missing from the cut.
// - Amiri (the Arabic opening line): the Arabic characters of the story.
// - Source Serif 4 and Source Sans 3, 400 and 600: printable ASCII plus every other character of the
//   story, the data, the map's names and the interface's strings (src/).
// Sources: @fontsource/amiri, @fontsource/source-serif-4, @fontsource/source-sans-3 (SIL Open Font License 1.1).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";
import { latinCharacters } from "./fontCharacters.mjs";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const out = (name) => new URL(`../assets/fonts/${name}`, import.meta.url);

async function cut(source, text, name) {
  const subset = await subsetFont(readFileSync(require.resolve(source)), text, { targetFormat: "woff2" });
  writeFileSync(out(name), subset);
  console.log(`wrote assets/fonts/${name}: ${subset.length} bytes for ${[...text].length} characters`);
}

const story = readFileSync(join(root, "story/story.aml"), "utf8");
// Every Arabic-script character in the story, plus the space.
const arabic = [...new Set(story.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? [])].join("") + " ";
await cut("@fontsource/amiri/files/amiri-arabic-400-normal.woff2", arabic, "amiri-story.woff2");

const latin = latinCharacters(root, { readdirSync, readFileSync, statSync });
writeFileSync(out("latin-characters.txt"), `${latin}\n`);
for (const [family, file] of [["source-serif-4", "source-serif-4"], ["source-sans-3", "source-sans-3"]]) {
  for (const weight of [400, 600]) await cut(`@fontsource/${family}/files/${file}-latin-${weight}-normal.woff2`, latin, `${file}-${weight}.woff2`);
}
