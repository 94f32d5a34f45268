// The share page and card of every step, read from dist/ (runs after `vite build` in the test command,
// like bytes.test.ts): what a social crawler reads, since it runs no script and never sees #step=.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderStaticImages } from "../../src/build/staticImages.ts";
import { escapeHtml } from "../../src/build/escape.ts";
import { shareFiles, sourceLine } from "../../src/build/shareFiles.ts";
import { cardPath, sharePath, stepCardPath, stepOembedPath } from "../../src/build/sharePage.ts";
import { loaded, ROOT } from "./helpers.ts";

const dist = (f: string) => join(ROOT, "dist", f);
const index = readFileSync(dist("index.html"), "utf8");
/** The site the build was made for: the main page's own og:url. */
const site = /<meta property="og:url" content="([^"]+)"/.exec(index)![1];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const tag = (html: string, attr: "property" | "name", key: string) => {
  const found = [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)" />`, "g"))];
  expect(found, `${key} once`).toHaveLength(1);
  return decode(found[0][1]);
};
/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString("ascii"), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const steps = loaded.story.steps;
const pages = steps.map((step) => ({ step, html: readFileSync(dist(`${sharePath(step.id)}index.html`), "utf8") }));

describe("every step's share page", () => {
  it("exists for each of the story's steps", () => {
    expect(pages).toHaveLength(loaded.states.length);
  });

  it.each(pages.map((p) => [p.step.id, p] as const))("%s: names the step, its passage and its own card, with absolute URLs", (id, { step, html }) => {
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1])).toBe(`${step.title} · ${loaded.story.title}`);
    expect(tag(html, "property", "og:title")).toBe(step.title);
    expect(tag(html, "name", "twitter:title")).toBe(step.title);
    const description = tag(html, "property", "og:description");
    expect(step.text.replace(/\s+/g, " ").startsWith(description.replace(/…$/, ""))).toBe(true);
    expect(tag(html, "name", "twitter:description")).toBe(description);
    expect(tag(html, "property", "og:image:alt")).toBe(step.description);
    const image = tag(html, "property", "og:image");
    expect(image).toBe(`${site}${cardPath(id)}`);
    expect(tag(html, "name", "twitter:image")).toBe(image);
    expect(tag(html, "name", "twitter:card")).toBe("summary_large_image");
    expect([tag(html, "property", "og:image:width"), tag(html, "property", "og:image:height")]).toEqual(["1200", "630"]);
  });

  it.each(pages.map((p) => [p.step.id, p] as const))("%s: is canonically the step in the piece, and sends the reader there with and without scripts", (id, { html }) => {
    expect(tag(html, "property", "og:url")).toBe(`${site}#step=${id}`);
    expect(html).toContain(`<link rel="canonical" href="${site}#step=${id}">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../../#step=${id}">`);
    expect(html).toContain(`<a href="../../#step=${id}">`);
    expect(html).not.toMatch(/<script/);
  });

  it("gives each step a title, a description and a card of its own", () => {
    for (const key of ["og:title", "og:description", "og:image"]) {
      const values = pages.map(({ html }) => tag(html, "property", key));
      expect(new Set(values).size, key).toBe(pages.length);
    }
  });
});

describe("every step's card", () => {
  const cards = steps.map((s) => readFileSync(dist(cardPath(s.id))));
  it("is a 1200×630 PNG", () => {
    for (const png of cards) expect(pngSize(png)).toEqual({ signature: "PNG", width: 1200, height: 630 });
  });
  it("differs from every other step's (each shows its own graphic and title)", () => {
    expect(new Set(cards.map((c) => createHash("sha256").update(c).digest("hex"))).size).toBe(cards.length);
  });
  it("is made again byte for byte from the same inputs, in another process than the build's", async () => {
    expect(existsSync(dist("static"))).toBe(true);
    const again = await shareFiles(ROOT, loaded, renderStaticImages(ROOT, loaded), site);
    for (const [i, step] of steps.entries()) expect(Buffer.compare(again.get(cardPath(step.id)) as Buffer, cards[i]), step.id).toBe(0);
  }, 60_000); // 28 renders on a shared 2-core machine
});

describe("every step as a small embedded card", () => {
  it.each(steps.map((s) => [s.id, s] as const))("%s: shows its graphic, its passage word for word and its sources, and links to the step", (id, step) => {
    const html = readFileSync(dist(stepCardPath(id)), "utf8");
    const passage = /<p class="passage"[^>]*>([^<]*)<\/p>/.exec(html)![1];
    expect(decode(passage)).toBe(step.text);
    expect(html).toContain(`<img src="../../static/${id}.svg" alt="${escapeHtml(step.description)}"`);
    expect(existsSync(dist(`static/${id}.svg`))).toBe(true);
    expect(html).toMatch(new RegExp(`<a href="\\.\\./\\.\\./#step=${id}" target="_blank" rel="noopener">`));
    expect(html).toContain(`<p class="sources">${escapeHtml(sourceLine(loaded.states.find((s) => s.id === id)!.sources, loaded))}.</p>`);
  });

  it.each(steps.map((s) => [s.id] as const))("%s: is offered by its own oEmbed file, which its share page names", (id) => {
    const page = readFileSync(dist(`${sharePath(id)}index.html`), "utf8");
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${site}${stepOembedPath(id)}"`);
    const oembed = JSON.parse(readFileSync(dist(stepOembedPath(id)), "utf8"));
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", width: 560, thumbnail_url: `${site}${cardPath(id)}`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(oembed.html).toMatch(new RegExp(`^<iframe src="${site}${stepCardPath(id)}" title="[^"]+" width="560" height="${oembed.height}"`));
    expect(oembed.height).toBeGreaterThan(500);
  });
});
