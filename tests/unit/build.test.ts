// `npm run build` on a broken story: it must stop, say where, and leave no dist/ behind.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project's inputs with story.aml edited, and a stale dist/ from an earlier build. */
function projectWithStory(edit: (story: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "story-build-"));
  dirs.push(dir);
  for (const part of ["index.html", "story", "assets", "public"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const story = join(dir, "story/story.aml");
  writeFileSync(story, edit(readFileSync(story, "utf8")));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/index.html"), "stale");
  return dir;
}

async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", join(ROOT, "vite.config.ts")], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("npm run build with a malformed story", () => {
  it("fails, naming the pipeline step, the story step and the field, and leaves no dist/", async () => {
    const dir = projectWithStory((s) => s.replace("map.highlight: Algeria, Libya, Tunisia\nmap.threat", "map.highlight: Algeria, Libya, Tunsia\nmap.threat").replace("id: strategic-vacuum", "id: regional-landscape"));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('[story:validate] story/story.aml: step "regional-landscape": map.highlight: unknown country "Tunsia" (did you mean "Tunisia"?)');
    expect(output).toContain('[story:validate] story/story.aml: step "regional-landscape": id: duplicate id: step 2 already uses it');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // the report, not a stack trace
    expect(existsSync(join(dir, "dist"))).toBe(false);
  }, 30_000);

  it("fails on a story file that is not ArchieML steps at all", async () => {
    const dir = projectWithStory(() => "<html>oops</html>\n");
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain("[story:parse] story/story.aml: the story has no [steps] array");
    expect(existsSync(join(dir, "dist"))).toBe(false);
  }, 30_000);
});
