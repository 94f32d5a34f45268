// Sharing and discovery, at build time (EMBEDDING.md, "Sharing"): Open Graph and Twitter card meta,
// an oEmbed discovery link, and the oEmbed response itself as a static file. Pure string work.
//
// Every URL here must be absolute, so the site's address comes from STORY_SITE_URL at build time.
// Without it the build uses the local preview's address (below): correct for trying the piece out,
// wrong for publishing, which is why EMBEDDING.md says to set it.

export const DEFAULT_SITE_URL = "http://127.0.0.1:4173/";
export const PREVIEW_IMAGE = "social-preview.jpg";
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The oEmbed iframe's size: a fixed window onto the page, which scrolls itself (see oembed()). */
export const OEMBED_SIZE = { width: 720, height: 800 } as const;

/** The site's address from the environment, checked, always ending in "/". */
export function siteUrl(env: string | undefined): string {
  const url = new URL(env || DEFAULT_SITE_URL);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`STORY_SITE_URL must be http(s): ${env}`);
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface Page {
  readonly title: string;
  readonly description: string;
  readonly imageAlt: string;
}

/** What a social card shows: the page's words, its address and its image, all URLs absolute. */
export interface Card {
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly image: string;
  readonly imageAlt: string;
  readonly width: number;
  readonly height: number;
}

const meta = (attr: "property" | "name", key: string, value: string) => `<meta ${attr}="${key}" content="${escapeAttr(value)}" />`;

/** The Open Graph and Twitter card tags for a card (the main page's, or a step's share page's). */
export function cardTags(card: Card): string[] {
  return [
    meta("property", "og:type", "article"),
    meta("property", "og:title", card.title),
    meta("property", "og:description", card.description),
    meta("property", "og:url", card.url),
    meta("property", "og:image", card.image),
    meta("property", "og:image:width", String(card.width)),
    meta("property", "og:image:height", String(card.height)),
    meta("property", "og:image:alt", card.imageAlt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", card.title),
    meta("name", "twitter:description", card.description),
    meta("name", "twitter:image", card.image),
    meta("name", "twitter:image:alt", card.imageAlt),
  ];
}

/** The <meta> and <link> tags for the page's <head>. */
export function sharingTags(site: string, page: Page): string {
  const image = new URL(PREVIEW_IMAGE, site).href;
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(new URL("oembed.json", site).href)}" title="${escapeAttr(page.title)}" />`,
    ...cardTags({ title: page.title, description: page.description, url: site, image, imageAlt: page.imageAlt, ...PREVIEW_SIZE }),
  ].join("\n    ");
}

/**
 * The oEmbed 1.0 response (type "rich"). Its html is a plain iframe of the page at a fixed size: the
 * page scrolls inside it with its own sticky graphic, which works in every consumer, including those
 * that never resize frames or cap their height (WordPress: 200–1000 px).
 */
export function oembed(site: string, page: Page, max: { width?: number; height?: number } = {}): Record<string, unknown> {
  const width = Math.min(OEMBED_SIZE.width, max.width ?? Infinity);
  const height = Math.min(OEMBED_SIZE.height, max.height ?? Infinity);
  const html = `<iframe src="${escapeAttr(site)}" title="${escapeAttr(page.title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`;
  const thumbWidth = Math.min(PREVIEW_SIZE.width, max.width ?? Infinity);
  return {
    version: "1.0",
    type: "rich",
    title: page.title,
    provider_name: new URL(site).host,
    provider_url: site,
    html,
    width,
    height,
    thumbnail_url: new URL(PREVIEW_IMAGE, site).href,
    thumbnail_width: thumbWidth,
    thumbnail_height: Math.round((thumbWidth * PREVIEW_SIZE.height) / PREVIEW_SIZE.width),
  };
}

/** The page's own title and description, read back from the built HTML. */
export function pageFromHtml(html: string): Page {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? "");
  const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "");
  return { title, description, imageAlt: `${title}: the map that opens the interactive story.` };
}
