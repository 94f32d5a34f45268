// Story files as editors save them (src/story/decode.ts, src/build/loadStory.ts): what is legitimate
// passes and reads the same as the plain file; a path that cannot be read is a [story:data] line, never
// a stack trace. The refusals (UTF-16, Latin-1, invisible characters, lengths) are fixtures 61-74 in
// tests/fixtures/stories/.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultPaths, loadStory, readFailure, StoryBuildError } from "../../src/build/loadStory.ts";
import { decodeStory, firstInvalidUtf8 } from "../../src/story/decode.ts";
import { ROOT, edited, loaded, storyText } from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the build's loadStory on a story file written as `bytes` (or made by `make` at the story's path). */
function loadWith(bytes: Uint8Array | null, make?: (path: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "story-decode-"));
  dirs.push(dir);
  mkdirSync(join(dir, "story"));
  const story = join(dir, "story/story.aml");
  if (bytes) writeFileSync(story, bytes);
  make?.(story);
  return loadStory(dir, { ...defaultPaths(ROOT), story });
}
const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StoryBuildError);
    return (error as Error).message;
  }
  throw new Error("no error");
};
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("story files as editors save them", () => {
  it("reads CRLF, CR and a UTF-8 byte-order mark as the plain file", () => {
    for (const text of [storyText.replace(/\n/g, "\r\n"), storyText.replace(/\n/g, "\r"), `\uFEFF${storyText}`]) {
      expect(loadWith(utf8(text)).states).toEqual(loaded.states);
    }
  });

  it("accepts tabs and no-break spaces in a value", () => {
    const text = edited("title: Tripoli, 16 June 2026: the border", "title:\tTripoli,\u00A016\u00A0June 2026: the border");
    const title = loadWith(utf8(text)).states.find((s) => s.id === "tripoli-meeting")!.title;
    expect(title).toBe("Tripoli,\u00A016\u00A0June 2026: the border task force meets for the second time");
  });

  it("finds the first byte that is not UTF-8, and only that", () => {
    expect(firstInvalidUtf8(utf8("plain, é, 世界, 𝄞"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1); // cut off mid-character
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(decodeStory(new Uint8Array([0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63, 0x0a, 0xe9]), "s.aml").errors[0].message).toMatch(/^line 4: the byte 0xE9 /);
  });
});

describe("a story path that cannot be read", () => {
  it("is a folder: one [story:data] line", () => {
    const message = errorOf(() => loadWith(null, (path) => mkdirSync(path)));
    expect(message).toBe("[story:data] story/story.aml: cannot be read: it is a folder, not a file");
  });

  it("has no read permission: one [story:data] line (as root, where permissions do not stop a read, the words are checked alone)", () => {
    expect(readFailure(Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" }))).toBe("permission denied (check the file's permissions)");
    if (process.getuid?.() === 0) return;
    const message = errorOf(() => loadWith(utf8(storyText), (path) => chmodSync(path, 0)));
    expect(message).toBe("[story:data] story/story.aml: cannot be read: permission denied (check the file's permissions)");
  });
});
