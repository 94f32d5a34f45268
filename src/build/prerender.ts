// Build time: the whole article as HTML, so that it is readable before (and without) JavaScript.
import { escapeHtml as e } from "./escape.ts";
import type { Loaded } from "./loadStory.ts";
import { strings } from "../ui/strings.ts";
import type { Table } from "../scenes/scene.ts";
import { stepTable } from "../scenes/tables.ts";
import { STATIC_SIZE, staticPath } from "./staticImages.ts";
import { sharePath, shareUrl } from "./sharePage.ts";
import { shareMarkup } from "../ui/shareStrings.ts";
import { DEFAULT_SITE_URL } from "./sharing.ts";

/** Where the build writes a step's data table as CSV (relative to the page). */
export const csvPath = (stepId: string) => `data/${stepId}.csv`;

function renderTable(table: Table, stepId: string): string {
  const head = table.columns.map((c) => `<th scope="col">${e(c)}</th>`).join("");
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${e(String(cell))}</th>` : `<td>${e(String(cell))}</td>`)).join("")}</tr>`).join("\n");
  // A table wider than its column scrolls in its own box, which a keyboard reader can focus to scroll.
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${e(table.caption)}"><table class="data-table"><caption>${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="data-csv"><a href="${csvPath(stepId)}" download>${e(strings.csvLink)}</a></p>`;
}

const attrUrl = (url: string) => (/^https?:\/\//.test(url) ? e(url) : "");

function sourceLinks(ids: readonly string[], loaded: Loaded): string {
  const byId = new Map(loaded.data.sources.map((s) => [s.id, s]));
  return ids.map((id) => `<a href="#source-${e(id)}">${e(byId.get(id)!.short)}</a>`).join("; ");
}

export function renderMasthead(loaded: Loaded): string {
  const kinds = Object.entries(strings.kinds)
    .map(([kind, k]) => `<li><span class="kind kind-${kind}">${e(k.label)}</span> ${e(k.legend)}</li>`)
    .join("");
  return `<header class="masthead">
  <p class="kicker">${e(strings.kicker)}</p>
  <h1>${e(loaded.story.title)}</h1>
  <p class="dek">${e(strings.dek)}</p>
  <div class="legend"><p class="legend-title">${e(strings.kindLegendTitle)}</p><ul class="kinds">${kinds}</ul></div>
</header>`;
}

/**
 * "Share this passage": a button the script handles (src/ui/shareButtons.ts), its polite status line, and
 * the link itself, which only the handout shows.
 */
function renderShare(site: string, stepId: string): string {
  const url = shareUrl(site, stepId);
  // The printed line shows the address in full; its link stays relative (the page's own site).
  return `<div class="step-share"><button type="button" class="share-step" data-share-url="${e(url)}">${e(shareMarkup.button)}</button><span class="share-status" role="status"></span><p class="share-printed">${e(shareMarkup.printed)} <a href="${e(sharePath(stepId))}">${e(url)}</a></p></div>`;
}

export function renderSteps(loaded: Loaded, site = DEFAULT_SITE_URL): string {
  const { story, states } = loaded;
  return story.steps
    .map((step, i) => {
      const state = states[i];
      const table = stepTable(state, loaded.data);
      const dir = step.lang === "ar" ? ` dir="rtl"` : "";
      const lang = step.lang !== story.lang ? ` lang="${e(step.lang)}"` : "";
      const heading = step.heading ? `<h2 class="section-heading">${e(step.heading)}</h2>` : "";
      const claim = step.claim === "article" ? ` <span class="claim">${e(strings.claimArticle)}</span>` : "";
      return `<section class="step" id="step-${e(step.id)}" data-step-id="${e(step.id)}" data-index="${i}" data-kind="${step.kind}">
${heading}<div class="step-card">
<p class="step-meta"><span class="kind kind-${step.kind}">${e(strings.kinds[step.kind].label)}</span>${claim}</p>
<p class="passage"${lang}${dir}>${e(step.text)}</p>
<div class="graphic-note"><img class="static-graphic" src="${staticPath(step.id)}" alt="${e(`${strings.graphicNote[state.scene]}: ${step.title}`)}" width="${STATIC_SIZE.width}" height="${STATIC_SIZE.height}" loading="lazy"><p><span class="graphic-note-label">${e(strings.graphicNote[state.scene])}:</span> ${e(step.title)}. ${e(step.description)} <span class="graphic-note-sources">${e(strings.sourcesLabel)}: ${sourceLinks(state.sources, loaded)}.</span></p>${table ? renderTable(table, step.id) : ""}</div>
${renderShare(site, step.id)}
</div>
</section>`;
    })
    .join("\n");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "2026-12-07" as "7 December 2026". */
export const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The dated corrections of the story file, in the newsroom form, each linking to the steps it corrects. */
export function renderCorrections(loaded: Loaded): string {
  const { corrections } = loaded.story;
  if (!corrections.length) return "";
  const titles = new Map(loaded.story.steps.map((s) => [s.id, s.title]));
  const items = corrections
    .map((c) => {
      const where = c.steps.map((id) => `<a href="#step-${e(id)}">${e(titles.get(id) ?? id)}</a>`).join("; ");
      return `<li><strong>${e(strings.correction)}, ${e(longDate(c.date))}:</strong> ${e(strings.correctionSaid)} ${e(c.said)}. ${e(c.now)} <span class="correction-where">(${e(strings.correctionWhere)}: ${where}.)</span></li>`;
    })
    .join("\n");
  return `<section class="corrections" id="corrections" aria-labelledby="corrections-title">
<h2 id="corrections-title">${e(strings.correctionsTitle)}</h2>
<ul class="correction-list">
${items}
</ul>
</section>
`;
}

export function renderSources(loaded: Loaded): string {
  const items = loaded.data.sources
    .map((s) => {
      const title = s.url ? `<a href="${attrUrl(s.url)}" rel="noopener noreferrer">${e(s.title)}</a>` : e(s.title);
      const note = s.note ? ` ${e(s.note)}` : "";
      return `<li id="source-${e(s.id)}">${title}. ${e(s.publisher)}, ${e(s.date)}. Confidence: ${e(s.confidence)}.${note}</li>`;
    })
    .join("\n");
  const factchecked = loaded.story.factchecked
    ? `<p class="factchecked">${e(strings.factchecked)} ${e(longDate(loaded.story.factchecked))}. ${loaded.story.corrections.length ? `<a href="#corrections">${e(strings.correctionsTitle)}</a>.` : ""}</p>\n`
    : "";
  return `${renderCorrections(loaded)}<section class="sources" id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">${e(strings.sourcesTitle)}</h2>
<ol class="source-list">
${items}
</ol>
<h3>Method</h3>
${factchecked}<p>The article is reproduced word for word, divided into passages at sentence boundaries. Each passage is labelled reported, analysis or opinion by our editors; the closing section of the article is opinion. Claims that only the article makes are labelled as such. The opening basmala (“In the name of God, the Most Gracious, the Most Merciful”) is a religious invocation, not an argument; every passage carries one of the three labels, and Opinion, the label for the author's own voice, is the nearest; it is not a judgement of the invocation.</p>
<p>Where we read a source in a re-publication or a copy (a news agency's report on another site, a mirror of Wikipedia, a copy of the SIPRI database on GitHub), the source list says “via”. After the fact-check of 7 December 2026 we searched for the originals and cite them where we could read them (the Los Angeles Times of 1987 on Egypt, The National on the US envoy in Libya); the originals of the AP and Wall Street Journal reports on US forces in Europe, NATO's release on Sweden, IOM's 2016 report (only its announcement), the Wikipedia article on Ras Ajdir and the Italian Interior Ministry's daily statistics were not found in a form we could read, so “via” stays for them. Russia's shares of Algeria's arms imports are our calculation from a copy of SIPRI's data and are labelled so; SIPRI's own figure for 2019–23 was not found. The Global Terrorism Index's “Sahel” is a region of 10 countries, wider than the three states the maps hatch; GTI 2026's share for 2025 was not found in a source we could read, so the chart ends with GTI 2025.</p>
<p>Maps: Natural Earth 1:10m Admin 0 countries (version 4.1.0, public domain), through the world-atlas package. The script <code>scripts/build-geo.mjs</code> clips the countries to the region, keeps full detail around the three shared borders, simplifies the rest and quantizes the result. Country borders are drawn as Natural Earth draws them; they imply no position on disputed boundaries.</p>
<p>Border lengths are the CIA World Factbook's figures. Lengths measured on this map are shorter (a simplified line is shorter than the real one) and are not shown.</p>
<p>Data files: <code>assets/data/sources.json</code>, <code>assets/data/places.json</code> (coordinates from GeoNames), <code>assets/data/borders.json</code> (Factbook lengths). Every record carries its source, its address, its date and our confidence in it.</p>
</section>`;
}

/** Replaces the placeholders of index.html with the prerendered story. */
export function prerender(html: string, loaded: Loaded, site = DEFAULT_SITE_URL): string {
  const parts: Record<string, string> = {
    "<!--story:title-->": e(loaded.story.title),
    "<!--story:masthead-->": renderMasthead(loaded),
    "<!--story:steps-->": renderSteps(loaded, site),
    "<!--story:sources-->": renderSources(loaded),
  };
  let out = html;
  for (const [marker, value] of Object.entries(parts)) {
    if (!out.includes(marker)) throw new Error(`[story:prerender] index.html: placeholder ${marker} is missing`);
    out = out.replace(marker, () => value);
  }
  return out;
}
