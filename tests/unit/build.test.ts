// `npm run build` on a broken story: it must stop, say where, and leave no dist/ behind.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build, projectWithStory as copyWithStory, removeProjects } from "./buildProject.ts";
import { storyText } from "./helpers.ts";

afterAll(removeProjects);

/** A copy of the project with story.aml edited, and a stale dist/ from an earlier build. */
const projectWithStory = (edit: (story: string) => string) => copyWithStory(edit(storyText));

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
