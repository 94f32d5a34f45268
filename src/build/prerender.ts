// Build time: the whole article as HTML, so that it is readable before (and without) JavaScript.
import { escapeHtml as e } from "./escape.ts";
import type { Loaded } from "./loadStory.ts";
import { strings } from "../ui/strings.ts";
import type { Table } from "../scenes/scene.ts";
import { stepTable } from "../scenes/tables.ts";
import { STATIC_SIZE, staticPath } from "./staticImages.ts";

/** Where the build writes a step's data table as CSV (relative to the page). */
export const csvPath = (stepId: string) => `data/${stepId}.csv`;

function renderTable(table: Table, stepId: string): string {
  const head = table.columns.map((c) => `<th scope="col">${e(c)}</th>`).join("");
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${e(String(cell))}</th>` : `<td>${e(String(cell))}</td>`)).join("")}</tr>`).join("\n");
  return `<table class="data-table"><caption>${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>
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

export function renderSteps(loaded: Loaded): string {
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
</div>
</section>`;
    })
    .join("\n");
}

export function renderSources(loaded: Loaded): string {
  const items = loaded.data.sources
    .map((s) => {
      const title = s.url ? `<a href="${attrUrl(s.url)}" rel="noopener noreferrer">${e(s.title)}</a>` : e(s.title);
      const note = s.note ? ` ${e(s.note)}` : "";
      return `<li id="source-${e(s.id)}">${title}. ${e(s.publisher)}, ${e(s.date)}. Confidence: ${e(s.confidence)}.${note}</li>`;
    })
    .join("\n");
  return `<section class="sources" id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">${e(strings.sourcesTitle)}</h2>
<ol class="source-list">
${items}
</ol>
<h3>Method</h3>
<p>The article is reproduced word for word, divided into passages at sentence boundaries. Each passage is labelled reported, analysis or opinion by our editors; the closing section of the article is opinion. Claims that only the article makes are labelled as such.</p>
<p>Maps: Natural Earth 1:10m Admin 0 countries (version 4.1.0, public domain), through the world-atlas package. The script <code>scripts/build-geo.mjs</code> clips the countries to the region, keeps full detail around the three shared borders, simplifies the rest and quantizes the result. Country borders are drawn as Natural Earth draws them; they imply no position on disputed boundaries.</p>
<p>Border lengths are the CIA World Factbook's figures. Lengths measured on this map are shorter (a simplified line is shorter than the real one) and are not shown.</p>
<p>Data files: <code>assets/data/sources.json</code>, <code>assets/data/places.json</code> (coordinates from GeoNames), <code>assets/data/borders.json</code> (Factbook lengths). Every record carries its source, its address, its date and our confidence in it.</p>
</section>`;
}

/** Replaces the placeholders of index.html with the prerendered story. */
export function prerender(html: string, loaded: Loaded): string {
  const parts: Record<string, string> = {
    "<!--story:title-->": e(loaded.story.title),
    "<!--story:masthead-->": renderMasthead(loaded),
    "<!--story:steps-->": renderSteps(loaded),
    "<!--story:sources-->": renderSources(loaded),
  };
  let out = html;
  for (const [marker, value] of Object.entries(parts)) {
    if (!out.includes(marker)) throw new Error(`[story:prerender] index.html: placeholder ${marker} is missing`);
    out = out.replace(marker, () => value);
  }
  return out;
}
