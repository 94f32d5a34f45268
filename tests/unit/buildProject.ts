// Runs the real `vite build` CLI on a throw-away copy of the project whose story.aml is replaced, with a
// stale dist/ in place (an earlier build must not survive a failed one). Shared by the build tests.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./helpers.ts";

const run = promisify(execFile);
const dirs: string[] = [];

/** A copy of the project's inputs with this story text, and a stale dist/. */
export function projectWithStory(story: string): string {
  const dir = mkdtempSync(join(tmpdir(), "story-build-"));
  dirs.push(dir);
  for (const part of ["index.html", "story", "assets", "public"]) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  writeFileSync(join(dir, "story/story.aml"), story);
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/index.html"), "stale");
  return dir;
}

/** `vite build` in dir with the project's config: its exit code and everything it printed. */
export async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", join(ROOT, "vite.config.ts")], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Removes every copy made so far (call from afterAll). */
export const removeProjects = () => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
