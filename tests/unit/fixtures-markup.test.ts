// @vitest-environment happy-dom
// Markup in story text is refused by the validator (fixtures 40–45); behind that, every place that
// writes story or message text into the page must show markup as text. Here the validator is
// bypassed: text with markup goes straight into the prerender, the caption, the notice and the
// static source links, and must come out as text, with no element and no script made from it.
import { describe, expect, it } from "vitest";
import type { Loaded } from "../../src/build/loadStory.ts";
import { renderMasthead, renderSteps } from "../../src/build/prerender.ts";
import type { StepState } from "../../src/model/state.ts";
import { showNotice, updateCaption } from "../../src/ui/caption.ts";
import { loaded } from "./helpers.ts";

const EVIL = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;`;

/** The real story with markup forced into every text field of its first step and its title. */
function poisoned(): Loaded {
  const [first, ...rest] = loaded.story.steps;
  return {
    ...loaded,
    story: {
      ...loaded.story,
      title: `Title ${EVIL}`,
      steps: [{ ...first, heading: `Heading ${EVIL}`, text: `Text ${EVIL}`, title: `Step title ${EVIL}`, description: `Description ${EVIL}` }, ...rest],
    },
    data: {
      ...loaded.data,
      sources: loaded.data.sources.map((s, i) => (i === 0 ? { ...s, short: `Short ${EVIL}`, title: `Source ${EVIL}`, url: "javascript:alert(1)" } : s)),
    },
  };
}

/** Parses HTML into a detached document (scripts in it never run) and reports what it holds. */
function parsed(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  return {
    doc,
    scripts: doc.querySelectorAll("script").length,
    handlers: [...doc.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    text: doc.body.textContent ?? "",
  };
}

describe("markup in story text stays text", () => {
  it("in the prerendered article: no element, no script, no handler; the text reads as written", () => {
    const bad = poisoned();
    const page = parsed(renderMasthead(bad) + renderSteps(bad));
    expect(page.scripts).toBe(0);
    expect(page.handlers).toBe(0);
    // The only images are the static graphics (static/<id>.svg), none from the story's text.
    expect(page.doc.querySelectorAll('img[src="x"]').length).toBe(0);
    for (const field of ["Title", "Heading", "Text", "Step title", "Description"]) expect(page.text).toContain(`${field} ${EVIL}`);
  });

  it("in the source list: a javascript: URL is dropped, external links carry rel=noopener", () => {
    const bad = poisoned();
    const html = renderSteps(bad);
    expect(html).not.toMatch(/href="javascript:/i);
    const links = [...parsed(html).doc.querySelectorAll<HTMLAnchorElement>("a[href^='http']")];
    for (const a of links) expect(a.rel).toMatch(/\bnoopener\b/);
  });

  it("in the graphic's caption and source line", () => {
    const figure = document.createElement("figure");
    figure.innerHTML = `<figcaption class="graphic-title"><span class="caption-line"></span></figcaption><p class="graphic-notice" hidden></p><p class="graphic-source"><span class="caption-line"></span></p>`;
    const state = { ...loaded.states[0], title: `Step title ${EVIL}`, sources: ["a"] } as StepState;
    const payload = { sources: [{ id: "a", short: `Short ${EVIL}` }] } as unknown as Parameters<typeof updateCaption>[2];
    updateCaption(figure, state, payload);
    expect(figure.querySelector(".graphic-title")!.textContent).toBe(`Step title ${EVIL}`);
    expect(figure.querySelector(".graphic-source")!.textContent).toContain(`Short ${EVIL}`);
    expect(figure.querySelectorAll("img, script").length).toBe(0);
  });

  it("in the graphic's notice", () => {
    const figure = document.createElement("figure");
    figure.innerHTML = `<p class="graphic-notice" hidden></p>`;
    showNotice(figure, `Notice ${EVIL}`, () => {});
    const notice = figure.querySelector(".graphic-notice")!;
    expect(notice.textContent).toContain(`Notice ${EVIL}`);
    expect(notice.querySelectorAll("img, script").length).toBe(0);
    expect(notice.querySelectorAll("button").length).toBe(1);
  });
});
