// The malformed-story corpus (tests/fixtures/stories/): every fixture goes through the build's own
// parse -> validate with the real vocabulary and article. Each must give exactly its expected error
// lines, naming the step and field where there is one, and none may throw.
// FIXTURES_PRINT=1 npx vitest run tests/unit/fixtures.test.ts prints what each fixture gives now.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultPaths, loadStory, StoryBuildError } from "../../src/build/loadStory.ts";
import { formatError, messages, type StoryError } from "../../src/story/messages.ts";
import { decodeStory } from "../../src/story/decode.ts";
import { parse } from "../../src/story/parse.ts";
import { checkStructure } from "../../src/story/structure.ts";
import { STEP_KEYS, TOP_KEYS, validate } from "../../src/story/validate.ts";
import { loadFixtures } from "../fixtures/stories.ts";
import { ROOT, article, storyText, vocabulary } from "./helpers.ts";

const FILE = "story/story.aml";
const fixtures = loadFixtures(storyText);

/** decode -> parse -> validate as the build runs them; a throw is returned, not raised, so the test can name it. */
function run(bytes: Uint8Array): { errors: StoryError[]; thrown: unknown } {
  try {
    const decoded = decodeStory(bytes, FILE);
    if (decoded.text === null) return { errors: decoded.errors, thrown: null };
    const parsed = parse(decoded.text, FILE);
    if (!parsed.raw) return { errors: parsed.errors, thrown: null };
    return { errors: validate(parsed.raw, vocabulary, article, FILE).errors, thrown: null };
  } catch (thrown) {
    return { errors: [], thrown };
  }
}

const matches = (line: string, expected: string | RegExp) => (typeof expected === "string" ? line === expected : expected.test(line));

if (process.env.FIXTURES_PRINT) {
  for (const f of fixtures) {
    const { errors, thrown } = run(f.bytes);
    console.log(`\n== ${f.name}: ${f.what}\n${thrown ? `THROWS ${(thrown as Error).stack}` : errors.map(formatError).join("\n")}`);
  }
}

describe("the malformed-story corpus", () => {
  it("has at least 30 fixtures, each with its expected errors", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const f of fixtures) expect(f.expected.length, `${f.name}.expected.txt lists no error`).toBeGreaterThan(0);
  });

  it("leaves Object.prototype alone, whatever the fixtures say", () => {
    for (const f of fixtures) run(f.bytes);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const f of fixtures) {
    it(`${f.name}: ${f.what}`, () => {
      const { errors, thrown } = run(f.bytes);
      expect(thrown, "the pipeline must report, not throw").toBeNull();
      const lines = errors.map(formatError);
      expect(lines.length, `errors given:\n${lines.join("\n")}`).toBe(f.expected.length);
      f.expected.forEach((expected, i) => expect(matches(lines[i], expected), `error ${i + 1}:\n  got      ${lines[i]}\n  expected ${expected}`).toBe(true));
      for (const e of errors) {
        // The build's format: [story:<stage>] story/story.aml: step "<id>": <field>: <message>
        expect(formatError(e)).toMatch(/^\[story:(parse|validate)\] story\/story\.aml: /);
        expect(e.message).not.toMatch(/\n|^\s|\bat .+:\d+:\d+/); // one line, no stack trace
        // An error about a step names it and the field (a step that is not a block has no fields).
        if (e.step !== null && e.message !== messages.stepNotObject()) expect(e.field, formatError(e)).not.toBeNull();
      }
    });
  }

  it("names a step and a field in every error that is about one step", () => {
    // Whole-file problems: a key above [steps], no usable [steps], steps that are not blocks at all.
    const fileLevel = new Set(["01-unknown-top-key", "44-html-in-story-title", "55-no-steps", "56-empty-file", "57-steps-not-blocks", "58-only-empty-steps",
      "61-utf16le-file", "62-utf16be-file", "63-utf32le-file", "64-latin1-byte", "71-vertical-tab-in-story-title", "74-story-title-too-long"]);
    for (const f of fixtures) {
      if (fileLevel.has(f.name)) continue;
      for (const e of run(f.bytes).errors) expect([e.step, e.field], `${f.name}: ${formatError(e)}`).not.toContain(null);
    }
  });
});

describe("the corpus through loadStory, as the build reads files", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("throws a StoryBuildError listing the same lines for every fixture, never another error", () => {
    const dir = mkdtempSync(join(tmpdir(), "story-fixtures-"));
    dirs.push(dir);
    mkdirSync(join(dir, "story"));
    const story = join(dir, "story/story.aml");
    for (const f of fixtures) {
      writeFileSync(story, f.bytes);
      let thrown: unknown = null;
      try {
        loadStory(dir, { ...defaultPaths(ROOT), story });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, f.name).toBeInstanceOf(StoryBuildError);
      const lines = (thrown as StoryBuildError).message.split("\n");
      expect(lines.length, f.name).toBe(f.expected.length);
      f.expected.forEach((expected, i) => expect(matches(lines[i], expected), `${f.name}: ${lines[i]}`).toBe(true));
    }
  });
});

describe("the structure scan leaves legal ArchieML alone", () => {
  const scan = (text: string) => checkStructure(text, FILE, { stepKeys: STEP_KEYS, topKeys: TOP_KEYS }).map(formatError);

  it("passes the real story", () => expect(scan(storyText)).toEqual([]));

  it("ignores what :skip … :endskip and :ignore leave out", () => {
    expect(scan("[steps]\nid: a\ntext: x\n:skip\ntext: y\n{map}\n__proto__.x: 1\n:endskip\nkind: opinion\n[]\n:ignore\nid: a\n[steps]\n")).toEqual([]);
  });

  it("lets objects in a nested list repeat their keys, and counts the list as one key of the step", () => {
    expect(scan("[steps]\nid: a\n[.items]\nname: one\nname: two\n[]\ntext: x\nid: b\ntext: y\n[]\n")).toEqual([]);
    expect(scan("[steps]\nid: a\n[.items]\n* x\n[]\n[.items]\n* y\n[]\n[]\n")).toEqual([
      '[story:parse] story/story.aml: step "a": items: is given twice in this step, and ArchieML keeps only the second; if a new step starts here, its "id:" line is missing',
    ]);
  });

  it("allows the story's own keys after [] has closed the steps", () => {
    expect(scan("[steps]\nid: a\ntext: x\n[]\ntitle: T\nbyline: B\n")).toEqual([]);
  });

  it("finds a reserved key in a {scope} line and in a key a line of text would hide", () => {
    expect(scan("{__proto__}\npolluted: yes\n{}\n")).toHaveLength(1);
    expect(scan("[steps]\nid: a\n  map.constructor.prototype.x: y\n[]\n")).toHaveLength(1);
  });
});
