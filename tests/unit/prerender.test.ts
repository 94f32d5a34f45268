// The built page as a reader without JavaScript gets it: run after `vite build` (the test command does).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleLines } from "../../src/story/align.ts";
import { article, loaded, ROOT } from "./helpers.ts";

const built = join(ROOT, "dist/index.html");
const shared = join(ROOT, "../shared/source/article.txt");

/** Visible text of an HTML page: scripts, styles and tags dropped, entities decoded, spaces folded. */
function visibleText(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, n: string) => entities[n])
    .replace(/\s+/g, " ");
}

describe("the prerendered page", () => {
  const html = readFileSync(built, "utf8");
  const text = visibleText(html);

  it("carries every passage and heading verbatim and in order (validation proves the passages are the article)", () => {
    let from = 0;
    for (const line of loaded.story.steps.flatMap((s) => (s.heading ? [s.heading, s.text] : [s.text]))) {
      const at = text.indexOf(line, from);
      expect(at, line.slice(0, 60)).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
  });

  it("has a section element for every step, with its id, index and kind", () => {
    const sections = [...html.matchAll(/<section class="step" id="step-([a-z0-9-]+)" data-step-id="\1" data-index="(\d+)" data-kind="(\w+)">/g)];
    expect(sections.map((m) => m[1])).toEqual(loaded.states.map((s) => s.id));
    expect(sections.map((m) => m[3])).toEqual(loaded.states.map((s) => s.kind));
  });

  it("sets the Arabic opening line right to left, in Arabic", () => {
    expect(html).toContain('<p class="passage" lang="ar" dir="rtl">بسم الله الرحمن الرحيم</p>');
  });

  it("keeps the article's headings as h2 headings", () => {
    const headings = [...html.matchAll(/<h2 class="section-heading">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(loaded.story.steps.filter((s) => s.heading).map((s) => s.heading!.replace(/'/g, "&#39;")));
    expect(headings).toHaveLength(4);
  });

  it("does not inline the map geometry into the script", () => {
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(ROOT, "dist", m[1]), "utf8"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(js).not.toContain('"arcs":[[');
  });
});

describe.runIf(existsSync(shared))("story/article.txt", () => {
  it("is the same text as the source article in shared/", () => {
    expect(articleLines(article)).toEqual(articleLines(readFileSync(shared, "utf8")));
  });
});
