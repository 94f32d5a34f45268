// The fonts the page ships are cut to the characters the piece uses (scripts/subset-fonts.mjs). These
// tests read the committed font files' own character maps, so a new character in the story, the data or
// the interface that the cut lacks fails here (run `npm run fonts`), instead of showing in a fallback font.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { latinCharacters } from "../../scripts/fontCharacters.mjs";
import { ROOT } from "./helpers.ts";

const require = createRequire(import.meta.url);

async function characters(file: string): Promise<Set<string>> {
  const sfnt = await fontverter.convert(readFileSync(file), "sfnt");
  return new Set([...new Face(new Blob(sfnt), 0).collectUnicodes()].map((u) => String.fromCodePoint(u)));
}

const used = [...latinCharacters(ROOT, { readdirSync, readFileSync, statSync })];
const story = readFileSync(join(ROOT, "story/story.aml"), "utf8");
const arabic = [...new Set(story.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? [])];

const FACES = [
  ["source-serif-4-400.woff2", "@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", used],
  ["source-serif-4-600.woff2", "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2", used],
  ["source-sans-3-400.woff2", "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2", used],
  ["source-sans-3-600.woff2", "@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2", used],
  ["amiri-story.woff2", "@fontsource/amiri/files/amiri-arabic-400-normal.woff2", arabic],
] as const;

describe.each(FACES)("the cut font %s", (cut, original, needed) => {
  it("has every character the piece uses that the full font has (else: npm run fonts)", async () => {
    // One at a time: the WOFF2 decoder reuses its memory between calls.
    const have = await characters(join(ROOT, "assets/fonts", cut));
    const full = await characters(require.resolve(original));
    expect(needed.filter((c) => full.has(c) && !have.has(c))).toEqual([]);
  });

  it("is smaller than the full font", () => {
    expect(statSync(join(ROOT, "assets/fonts", cut)).size).toBeLessThan(statSync(require.resolve(original)).size);
  });
});

describe("the characters the Latin fonts are cut to", () => {
  it("include the whole of printable ASCII and the typographic marks of the article", () => {
    for (const c of " azAZ09.,;:!?'\"()-–—’“”…") expect(used).toContain(c);
  });
});
