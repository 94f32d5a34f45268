// A share page per step (s/<step-id>/index.html): what social crawlers read, since they run no script
// and never see #step=. It carries the step's own title, description and card, names the step's place
// in the piece as canonical, and sends a reader there at once (a refresh needs no script; the link is
// for anyone whose browser does not follow it). The empty icon saves a request for /favicon.ico. Pure string work.
import { escapeHtml as e } from "./escape.ts";
import { CARD_SIZE } from "./shareCard.ts";
import { cardTags } from "./sharing.ts";

export const sharePath = (stepId: string) => `s/${stepId}/`;
export const cardPath = (stepId: string) => `s/${stepId}/card.png`;
/** The step as a small embedded card, and its oEmbed response (src/build/stepCard.ts). */
export const stepCardPath = (stepId: string) => `s/${stepId}/embed.html`;
export const stepOembedPath = (stepId: string) => `s/${stepId}/oembed.json`;
/** The step's place in the piece, relative to its share page. */
export const stepFromSharePage = (stepId: string) => `../../#step=${stepId}`;

export interface ShareStep {
  readonly id: string;
  /** The step's graphic title. */
  readonly title: string;
  /** What a feed shows under the title: the passage, shortened. */
  readonly description: string;
  /** The card's alt text: the graphic's written description. */
  readonly imageAlt: string;
}

/** The share URL of a step, absolute under the site. */
export const shareUrl = (site: string, stepId: string) => new URL(sharePath(stepId), site).href;
/** The step in the piece, absolute: the canonical address of a share page. */
export const stepUrl = (site: string, stepId: string) => `${site}#step=${stepId}`;

/** At most `max` characters, cut at a word and marked with an ellipsis when cut. */
export function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The start of a small static page: its language, charset, viewport, title, and no icon request. */
export const pageStart = (lang: string, title: string) => `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${e(title)}</title>`;

export function sharePageHtml(site: string, pieceTitle: string, lang: string, step: ShareStep): string {
  const canonical = stepUrl(site, step.id);
  const image = new URL(cardPath(step.id), site).href;
  const title = `${step.title} · ${pieceTitle}`;
  const go = e(stepFromSharePage(step.id));
  return `${pageStart(lang, title)}
<meta name="description" content="${e(step.description)}">
<link rel="canonical" href="${e(canonical)}">
<meta http-equiv="refresh" content="0; url=${go}">
<link rel="alternate" type="application/json+oembed" href="${e(new URL(stepOembedPath(step.id), site).href)}" title="${e(title)}">
${cardTags({ title: step.title, description: step.description, url: canonical, image, imageAlt: step.imageAlt, ...CARD_SIZE }).join("\n")}
<meta property="og:site_name" content="${e(pieceTitle)}" />
<meta property="og:image:type" content="image/png" />
</head>
<body>
<p><a href="${go}">${e(step.title)}</a>, in <cite>${e(pieceTitle)}</cite>.</p>
</body>
</html>
`;
}
