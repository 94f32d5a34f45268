// The dated corrections kept in the story file: checked like the steps, and shown on the page (which is
// also the handout and the page without JavaScript) in the newsroom form.
import { describe, expect, it } from "vitest";
import { renderSources } from "../../src/build/prerender.ts";
import { validateCorrections } from "../../src/story/validateCorrections.ts";
import { loaded } from "./helpers.ts";

const run = (corrections: unknown, factchecked?: unknown) => {
  const errors: string[] = [];
  const out = validateCorrections(corrections, factchecked, new Set(["africa-repercussions", "rubio-iran"]), (step, field, message) => errors.push(`${step}: ${field}: ${message}`));
  return { ...out, errors };
};

describe("corrections in the story file", () => {
  it("keeps every correction the story file has, newest first, and the date of the last fact-check", () => {
    expect(loaded.story.factchecked).toBe("2026-12-07");
    expect(loaded.story.corrections.length).toBe(6);
    expect(loaded.story.corrections[0]).toMatchObject({ date: "2026-12-07", steps: ["africa-repercussions"] });
    const sorted = run([
      { date: "2026-01-02", said: "a", now: "b", where: "rubio-iran" },
      { date: "2026-03-04", said: "c", now: "d", where: "africa-repercussions" },
    ]);
    expect(sorted.corrections.map((c) => c.date)).toEqual(["2026-03-04", "2026-01-02"]);
  });

  it("names the correction and the field of each problem", () => {
    const { errors } = run([{ date: "2026-02-30", said: "x", now: "<b>y</b>", where: "rubio-iran, nowhere", extra: "z" }, "text"], "yesterday");
    expect(errors).toEqual([
      'null: factchecked: "yesterday" is not a date (write YYYY-MM-DD)',
      'correction #1: extra: unknown key "extra"',
      'correction #1: date: "2026-02-30" is not a date (write YYYY-MM-DD)',
      "correction #1: now: contains HTML markup; the story is plain text",
      'correction #1: where: unknown step "nowhere"',
      "correction #2: null: a step must be a block of key: value lines",
    ]);
  });

  it("is printed on the page in the newsroom form, with the steps it corrects and the fact-check date", () => {
    const html = renderSources(loaded);
    expect(html).toContain('<section class="corrections" id="corrections"');
    expect(html).toContain(
      "<strong>Correction, 7 December 2026:</strong> an earlier version said that Egypt had been a Major Non-NATO Ally of the United States since 1989. It was granted the status in February 1987",
    );
    expect(html).toContain('<a href="#step-africa-repercussions">Washington&#39;s partners in North Africa</a>');
    expect(html).toContain("Last fact-check of every figure, date, relation, map claim and credit: 7 December 2026.");
  });
});
