import { describe, expect, it } from "vitest";
import { mapSelectors, shadowCss } from "../../src/embed/shadow/shadowCss.ts";

const base = "https://stories.example.org/piece/assets/shadow.js";
const css = `@font-face{font-family:'Source Serif 4';src:url(./source-serif-4.woff2) format("woff2")}
:root{--serif:"Source Serif 4",Georgia,serif;--measure:36rem}
html{scroll-padding-top:5rem}
body{margin:0;font:400 1.1875rem/1.6 var(--serif)}
html[data-motion="off"] *{transition-duration:.15s}
.map path.is-threat{fill:url(#map-hatch)}
@media (min-width:62rem){.story{padding:0 1.5rem}}`;

describe("the shadow root's stylesheet", () => {
  const out = shadowCss(css, base);

  it("moves @font-face to the document, under a namespaced family, with absolute URLs", () => {
    expect(out.fonts).toContain('font-family:"xstory Source Serif 4"');
    expect(out.fonts).toContain('url("https://stories.example.org/piece/assets/source-serif-4.woff2")');
    expect(out.shadow).not.toContain("@font-face");
  });

  it("uses the namespaced family wherever the page named it", () => {
    expect(out.shadow).toContain('--serif:"xstory Source Serif 4",Georgia,serif');
  });

  it("puts html, body and :root rules on the wrapper, after a reset of everything inherited", () => {
    expect(out.shadow.startsWith(":host{all:initial;display:block}.xstory-root{all:initial;display:block}")).toBe(true);
    expect(out.shadow).toContain(".xstory-root{margin:0;");
    expect(out.shadow).toContain('.xstory-root[data-motion="off"] *{');
    expect(out.shadow).not.toMatch(/(^|[}\s])(html|body|:root)[{[\s]/);
  });

  it("turns rem into px at 16 px, except in media queries", () => {
    expect(out.shadow).toContain("--measure:576px");
    expect(out.shadow).toContain("font:400 19px/1.6");
    expect(out.shadow).toContain("@media (min-width:62rem){.story{padding:0 24px}}");
    expect(out.shadow).not.toMatch(/\d(\.\d+)?rem\b(?![^{]*\)\{)/);
  });

  it("leaves SVG paint references alone", () => {
    expect(out.shadow).toContain("fill:url(#map-hatch)");
  });

  it("takes the host's sticky header offset from --xstory-top", () => {
    expect(out.shadow).toContain("--top:var(--xstory-top,0px)");
  });
});

describe("selectors", () => {
  it("map the document's roots and nothing that merely contains their names", () => {
    expect(mapSelectors("html, body > p, :root")).toBe(".xstory-root, .xstory-root > p, .xstory-root");
    expect(mapSelectors(".body-text, .html-note, p.body")).toBe(".body-text, .html-note, p.body");
  });
});
