import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, oembed, pageFromHtml, sharingTags, siteUrl } from "../../src/build/sharing.ts";

const site = "https://stories.example.org/maghreb/";
const page = { title: 'Borders "&" pacts', description: "A piece <about> borders.", imageAlt: "The map." };

describe("the site's address", () => {
  it("defaults to the local preview, and always ends in a slash", () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl("https://stories.example.org/maghreb")).toBe(site);
    expect(siteUrl("https://stories.example.org/maghreb/?utm=x#top")).toBe(site);
  });
  it("refuses anything but http(s)", () => {
    expect(() => siteUrl("javascript:alert(1)")).toThrow(/http/);
  });
});

describe("sharing tags", () => {
  const tags = sharingTags(site, page);
  it("point at absolute URLs under the site", () => {
    expect(tags).toContain(`<link rel="alternate" type="application/json+oembed" href="${site}oembed.json"`);
    expect(tags).toContain(`<meta property="og:image" content="${site}social-preview.jpg" />`);
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });
  it("escape the page's words", () => {
    expect(tags).toContain('content="Borders &quot;&amp;&quot; pacts"');
    expect(tags).toContain('content="A piece &lt;about&gt; borders."');
  });
});

describe("the oEmbed response", () => {
  it("is rich, with html, width and height, and an iframe of the page", () => {
    const r = oembed(site, page);
    expect(r).toMatchObject({ version: "1.0", type: "rich", width: 720, height: 800, provider_url: site });
    expect(r.html).toMatch(new RegExp(`^<iframe src="${site}" title="Borders &quot;&amp;&quot; pacts" width="720" height="800"`));
  });
  it("respects maxwidth and maxheight", () => {
    const r = oembed(site, page, { width: 500, height: 300 });
    expect(r).toMatchObject({ width: 500, height: 300, thumbnail_width: 500, thumbnail_height: 263 });
    expect(r.html).toContain('width="500" height="300"');
  });
});

it("reads the title and description back from the built page", () => {
  expect(pageFromHtml('<title>A &amp; B</title><meta name="description" content="C &quot;D&quot;" />')).toMatchObject({ title: "A & B", description: 'C "D"' });
});
