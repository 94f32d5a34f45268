// One step as a small static card for a live blog or a newsletter (EMBEDDING.md, "A single step"):
// s/<id>/embed.html shows the step's graphic (its static SVG), its label, its passage word for word and
// its sources, and links to the step in the piece; s/<id>/oembed.json offers it to oEmbed consumers.
// The card reports its height to embed.js (our height message) and runs nothing else. Pure string work.
import { escapeHtml as e } from "./escape.ts";
import { staticPath, STATIC_SIZE } from "./staticImages.ts";
import { cardPath, pageStart, stepCardPath, stepFromSharePage } from "./sharePage.ts";
import { CARD_SIZE } from "./shareCard.ts";
import { wrap } from "../scenes/text.ts";
import { shareMarkup } from "../ui/shareStrings.ts";
import { strings } from "../ui/strings.ts";
import type { Kind } from "../story/types.ts";

/** The card's width in an oEmbed response: a live blog's column. */
export const STEP_CARD_WIDTH = 560;

export interface StepCard {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly lang: string;
  readonly dir: "rtl" | null;
  readonly kind: Kind;
  readonly claimArticle: boolean;
  readonly description: string;
  readonly sourceLine: string;
}

// The height message of src/embed/protocol.ts, sent to whichever page holds the frame: it says only how
// tall the card is.
const REPORT_HEIGHT = `(function(){function s(){parent.postMessage({xstory:1,type:"height",height:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}addEventListener("load",s);addEventListener("resize",s)})();`;

export function stepCardHtml(pieceTitle: string, lang: string, card: StepCard): string {
  const go = e(stepFromSharePage(card.id));
  const passageLang = card.lang !== lang ? ` lang="${e(card.lang)}"` : "";
  const dir = card.dir ? ` dir="${card.dir}"` : "";
  const claim = card.claimArticle ? ` <span class="claim">${e(strings.claimArticle)}</span>` : "";
  return `${pageStart(lang, `${card.title} · ${pieceTitle}`)}
<meta name="robots" content="noindex">
<link rel="canonical" href="${go}">
<style>
html { background: #fff; color: #1f1d1a; }
body { margin: 0; padding: 0.75rem; font: 400 1rem/1.5 Georgia, "Times New Roman", serif; }
.card { border: 1px solid #d9d2c5; border-left: 4px solid #1d5f8a; padding: 0.75rem 0.9rem; }
.piece, .meta, .sources, .more { font-family: "Helvetica Neue", Arial, sans-serif; }
.piece { margin: 0 0 0.25rem; font-size: 0.8125rem; color: #4f4a43; }
h1 { margin: 0 0 0.6rem; font: 600 1.2rem/1.25 "Helvetica Neue", Arial, sans-serif; }
img { display: block; width: 100%; height: auto; border: 1px solid #d9d2c5; background: #f7f4ee; }
.meta { margin: 0.6rem 0 0.3rem; font-size: 0.75rem; }
.kind { font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
.claim { font-style: italic; color: #4f4a43; }
.passage { margin: 0; }
.passage[dir="rtl"] { text-align: right; font-size: 1.3em; }
.sources { margin: 0.5rem 0 0; font-size: 0.8125rem; color: #4f4a43; }
.more { margin: 0.6rem 0 0; font-weight: 600; }
a { color: #174d70; }
</style>
</head>
<body>
<article class="card">
<p class="piece">${e(pieceTitle)}</p>
<h1>${e(card.title)}</h1>
<img src="../../${e(staticPath(card.id))}" alt="${e(card.description)}" width="${STATIC_SIZE.width}" height="${STATIC_SIZE.height}">
<p class="meta"><span class="kind">${e(strings.kinds[card.kind].label)}</span>${claim}</p>
<p class="passage"${passageLang}${dir}>${e(card.text)}</p>
<p class="sources">${e(card.sourceLine)}.</p>
<p class="more"><a href="${go}" target="_blank" rel="noopener">${e(shareMarkup.more)}</a></p>
</article>
<script>${REPORT_HEIGHT}</script>
</body>
</html>
`;
}

/** The card's height at STEP_CARD_WIDTH, estimated from its text (oEmbed sizes frames before they load). */
export function stepCardHeight(card: StepCard): number {
  const inner = STEP_CARD_WIDTH - 2 * 12 - 2 * 15;
  // Georgia and Helvetica run wider than the Source Sans 3 table of wrap(): measure them a tenth narrower.
  const lines = (text: string, size: number, bold = false) => wrap(text, inner * 0.9, size, bold).length;
  const image = (inner * STATIC_SIZE.height) / STATIC_SIZE.width;
  const text = lines(card.text, card.dir ? 20.8 : 16) * (card.dir ? 31 : 24);
  return Math.ceil(24 + 26 + 20 + lines(card.title, 19.2, true) * 24 + 10 + image + 40 + text + lines(card.sourceLine, 13) * 20 + 10 + 34 + 10);
}

/** The oEmbed 1.0 response for one step: a frame of its card, the step's social card as thumbnail. */
export function stepOembed(site: string, pieceTitle: string, card: StepCard, height = stepCardHeight(card)): Record<string, unknown> {
  const src = new URL(stepCardPath(card.id), site).href;
  const title = `${card.title} · ${pieceTitle}`;
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: new URL(site).host,
    provider_url: site,
    html: `<iframe src="${e(src)}" title="${e(title)}" width="${STEP_CARD_WIDTH}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    width: STEP_CARD_WIDTH,
    height,
    thumbnail_url: new URL(cardPath(card.id), site).href,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}
