// Shared by the unit tests: the real story, data and vocabulary, read the way the build reads them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPaths, loadStory } from "../../src/build/loadStory.ts";
import archieml from "archieml";
import type { Vocabulary } from "../../src/story/validate.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const paths = defaultPaths(ROOT);
export const storyText = readFileSync(paths.story, "utf8");
export const article = readFileSync(paths.article, "utf8");
export const loaded = loadStory(ROOT);

export const vocabulary: Vocabulary = loaded.vocabulary;

/** The real story with one edit applied; fails loudly if the edit does not apply. */
export function edited(find: string | RegExp, replace: string): string {
  const out = storyText.replace(find, replace);
  if (out === storyText) throw new Error(`fixture edit did not apply: ${find}`);
  return out;
}

export const raw = (text: string) => archieml.load(text);
