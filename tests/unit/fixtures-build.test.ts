// `vite build` on a sample of the malformed-story corpus (tests/fixtures/stories/): each build must
// stop with the fixture's error lines, print no stack trace, and leave no dist/ (not even a stale one).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFixtures } from "../fixtures/stories.ts";
import { build, projectWithStory, removeProjects } from "./buildProject.ts";
import { storyText } from "./helpers.ts";

afterAll(removeProjects);

/** One of each kind: a parse-stage refusal (reserved key), broken structure, markup, a step-level mistake, a NUL (once written raw into index.html). */
const SAMPLE = ["46-proto-key", "34-object-block-in-steps", "41-script-in-description", "19-missing-id-merges-steps", "45-html-in-text", "65-nul-in-title"];
const fixtures = loadFixtures(storyText).filter((f) => SAMPLE.includes(f.name));

describe("vite build on malformed stories", () => {
  it("has the whole sample", () => expect(fixtures.map((f) => f.name).sort()).toEqual([...SAMPLE].sort()));

  for (const f of fixtures) {
    it(`${f.name}: stops, prints the error, no stack trace, no dist/`, async () => {
      const dir = projectWithStory(f.text);

      const { code, output } = await build(dir);
      expect(code, output).not.toBe(0);
      const printed = output.split("\n").filter((line) => line.startsWith("[story:"));
      expect(printed.length, output).toBe(f.expected.length);
      f.expected.forEach((expected, i) => {
        if (typeof expected === "string") expect(printed[i]).toBe(expected);
        else expect(printed[i]).toMatch(expected);
      });
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // the report, not a stack trace
      expect(existsSync(join(dir, "dist")), "dist/ must be removed").toBe(false);
    }, 60_000);
  }
});
