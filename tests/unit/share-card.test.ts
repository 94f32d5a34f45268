import { describe, expect, it } from "vitest";
import { customProperties, flattenCss } from "../../src/build/flattenCss.ts";
import { CARD_SIZE, shareCardSvg, unscaledStrokes } from "../../src/build/shareCard.ts";
import { sharePageHtml, shorten } from "../../src/build/sharePage.ts";
import { textWidth } from "../../src/scenes/text.ts";
import { sourceLine } from "../../src/build/shareFiles.ts";
import { loaded } from "./helpers.ts";

describe("a stylesheet flattened for the rasteriser", () => {
  it("replaces every var() by its declared value, through values that use var() themselves", () => {
    const css = ":root { --ink: #111; --line: var(--ink); } .a { fill: var(--line); stroke: var(--none, red); }";
    expect(flattenCss(css)).toBe(":root { --ink: #111; --line: #111; } .a { fill: #111; stroke: red; }");
  });
  it("drops conditional rules and font faces, nested braces included, and keeps what follows", () => {
    const css = ".a { fill: red; } @media (forced-colors: active) { .a { fill: CanvasText; } } @container (width > 5rem) { .b { x: 1 } } @font-face { src: url(x.woff2); } .c { fill: blue; }";
    expect(flattenCss(css).replace(/\s+/g, " ")).toBe(".a { fill: red; } .c { fill: blue; }");
  });
  it("refuses a custom property declared twice with two values, and a var() with no value", () => {
    expect(() => customProperties(".a { --x: 1; } .b { --x: 2; }")).toThrow(/--x is declared twice/);
    expect(() => flattenCss(".a { fill: var(--missing); }")).toThrow(/var\(--missing\) has no value/);
  });
  it("divides a non-scaling stroke by the map's zoom, since resvg scales every stroke", () => {
    expect(unscaledStrokes(".p { stroke-width: 0.75; vector-effect: non-scaling-stroke; } .q { stroke-width: 2; }", 3)).toBe(".p { stroke-width: 0.25px; vector-effect: non-scaling-stroke; } .q { stroke-width: 2; }");
    expect(() => unscaledStrokes("", 0)).toThrow(/zoom/);
  });
});

describe("a step's card", () => {
  const graphic = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 640 520" width="640" height="520" data-camera="0 0 2"><style><![CDATA[ :root { --sea: #abc; } .map .sea { fill: var(--sea); } .c { stroke-width: 1; vector-effect: non-scaling-stroke; } ]]></style><rect class="sea" width="640" height="520"/></svg>\n`;
  const text = { site: "stories.example.org", pieceTitle: "Borders & pacts", graphicTitle: "Tripoli, 16 June 2026: the border task force meets for the second time", sourceLine: "Sources: The article; Natural Earth" };
  const svg = shareCardSvg(graphic, text);

  it("is 1200×630 and holds the graphic as a group keeping its class, with its stylesheet flattened", () => {
    expect(svg).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
    expect(svg).toMatch(/<g class="map" transform="translate\([\d.]+ [\d.]+\) scale\(1\.1\)">/);
    expect(svg).toContain(".map .sea { fill: #abc; }");
    expect(svg).toContain("stroke-width: 0.5px");
    expect(svg).not.toContain("<?xml");
  });
  it("sets the site, the piece's title (escaped), the step's title and the source line, each styled inline", () => {
    const words = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
    expect(words).toBe(`stories.example.org Borders &amp; pacts ${text.graphicTitle} ${text.sourceLine}`);
    for (const t of svg.match(/<text [^>]*>/g)!) expect(t).toMatch(/style="font-size:\d+px;font-family:'Source (Sans 3|Serif 4)'/);
  });
  it("wraps the step's title in large type, within the text column", () => {
    const title = [...svg.matchAll(/<text style="font-size:(\d+)px;font-family:'Source Sans 3';font-weight:600;fill:#1f1d1a">(.*?)<\/text>/g)];
    expect(title).toHaveLength(1);
    expect(Number(title[0][1])).toBeGreaterThanOrEqual(38);
    expect(title[0][2].match(/<tspan/g)!.length).toBeGreaterThan(1);
  });
  it("keeps every line within the text column, cutting a source line too long for three lines with an ellipsis", () => {
    const many = { ...text, sourceLine: `Sources: ${Array.from({ length: 30 }, (_, i) => `Source number ${i}`).join("; ")}` };
    const card = shareCardSvg(graphic, many);
    const graphicLeft = Number(/<g class="map" transform="translate\(([\d.]+)/.exec(card)![1]);
    for (const [, size, style, spans] of card.matchAll(/<text style="font-size:(\d+)px;([^"]*)">(.*?)<\/text>/g)) {
      const bold = style.includes("font-weight:600");
      for (const [, line] of spans.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)) expect(48 + textWidth(line.replace(/&amp;/g, "&"), Number(size), bold), line).toBeLessThan(graphicLeft);
    }
    const source = [...card.matchAll(/<tspan[^>]*>(Sources[^<]*|Source number[^<]*|[^<]*Source number[^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(source.length).toBeLessThanOrEqual(3);
    expect(source.at(-1)).toMatch(/…$/);
  });
  it("refuses an image that is not an SVG or has no viewBox from the origin", () => {
    expect(() => shareCardSvg("<png/>", text)).toThrow(/not an SVG/);
    expect(() => shareCardSvg('<svg width="1" height="1"></svg>', text)).toThrow(/viewBox/);
  });
});

describe("a card's source line", () => {
  it("names each source once, by its short name, even where several records share one", () => {
    const state = loaded.states.find((s) => new Set(s.sources.map((id) => loaded.data.sources.find((r) => r.id === id)!.short)).size < s.sources.length)!;
    const names = sourceLine(state.sources, loaded).replace(/^Sources: /, "").split("; ");
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("a share page's description", () => {
  it("is the passage itself when short, and cut at a word with an ellipsis when long", () => {
    expect(shorten("  A short\n passage. ")).toBe("A short passage.");
    const long = "word ".repeat(60).trim();
    const cut = shorten(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(word )+word…$/);
  });
});

describe("a share page", () => {
  const html = sharePageHtml("https://stories.example.org/maghreb/", 'Borders "&" pacts', "en", { id: "tripoli-meeting", title: "Tripoli <meets>", description: "It's said.", imageAlt: "A map." });
  it("escapes the story's words in the title, the tags and the link", () => {
    expect(html).toContain("<title>Tripoli &lt;meets&gt; · Borders &quot;&amp;&quot; pacts</title>");
    expect(html).toContain('<meta property="og:description" content="It\'s said." />');
    expect(html).not.toContain("<meets>");
  });
  it("names the step in the piece as canonical and its card under the site, absolutely", () => {
    expect(html).toContain('<link rel="canonical" href="https://stories.example.org/maghreb/#step=tripoli-meeting">');
    expect(html).toContain('<meta property="og:image" content="https://stories.example.org/maghreb/s/tripoli-meeting/card.png" />');
  });
});
