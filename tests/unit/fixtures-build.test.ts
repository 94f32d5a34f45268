// `vite build` on a sample of the malformed-story corpus (tests/fixtures/stories/): each build must
// stop with the fixture's error lines, print no stack trace, and leave no dist/ (not even a stale one).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadFixtures } from "../fixtures/stories.ts";
import { ROOT, storyText } from "./helpers.ts";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One of each kind: a parse-stage refusal (reserved key), broken structure, markup, a step-level mistake. */
const SAMPLE = ["46-proto-key", "34-object-block-in-steps", "41-script-in-description", "19-missing-id-merges-steps", "45-html-in-text"];
const fixtures = loadFixtures(storyText).filter((f) => SAMPLE.includes(f.name));

async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", join(ROOT, "vite.config.ts")], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("vite build on malformed stories", () => {
  it("has the whole sample", () => expect(fixtures.map((f) => f.name).sort()).toEqual([...SAMPLE].sort()));

  for (const f of fixtures) {
    it(`${f.name}: stops, prints the error, no stack trace, no dist/`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "story-fixture-build-"));
      dirs.push(dir);
      for (const part of ["index.html", "story", "assets", "public"]) {
        if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      }
      writeFileSync(join(dir, "story/story.aml"), f.text);
      mkdirSync(join(dir, "dist"));
      writeFileSync(join(dir, "dist/index.html"), "stale"); // an earlier build must not survive a failed one

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
