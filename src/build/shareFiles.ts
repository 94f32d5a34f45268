// Build time: every step's share page and 1200×630 card (src/build/sharePage.ts, shareCard.ts), as the
// files the build emits. The card is the step's static SVG, the one readers without JavaScript see.
import type { Loaded } from "./loadStory.ts";
import { cardFonts } from "./cardFonts.ts";
import { rasterise } from "./rasterise.ts";
import { shareCardSvg } from "./shareCard.ts";
import { cardPath, sharePageHtml, sharePath, shorten, stepCardPath, stepOembedPath } from "./sharePage.ts";
import { stepCardHtml, stepOembed, type StepCard } from "./stepCard.ts";
import { strings } from "../ui/strings.ts";

/** The line under a card: the step's sources, by their short names, each once (records can share one). */
export function sourceLine(sourceIds: readonly string[], loaded: Loaded): string {
  const short = new Map(loaded.data.sources.map((s) => [s.id, s.short]));
  return `${strings.sourcesLabel}: ${[...new Set(sourceIds.map((id) => short.get(id) ?? id))].join("; ")}`;
}

/** File name (under dist/) to its contents, for every step: s/<id>/index.html (the share page),
 * card.png (its social card), embed.html and oembed.json (the step as a small embedded card). */
export async function shareFiles(root: string, loaded: Loaded, images: ReadonlyMap<string, string>, site: string): Promise<Map<string, string | Buffer>> {
  const fonts = await cardFonts(root);
  const out = new Map<string, string | Buffer>();
  try {
    const siteName = new URL(site).host;
    const cards = await Promise.all(
      loaded.states.map((state) => {
        const svg = images.get(state.id);
        if (!svg) throw new Error(`[story:share] step "${state.id}": no static image to make its card from`);
        const card = shareCardSvg(svg, { site: siteName, pieceTitle: loaded.story.title, graphicTitle: state.title, sourceLine: sourceLine(state.sources, loaded) });
        return rasterise(card, fonts.files, { sans: "Source Sans 3", serif: "Source Serif 4" });
      }),
    );
    const { title, lang } = loaded.story;
    loaded.story.steps.forEach((step, i) => {
      const page = sharePageHtml(site, title, lang, { id: step.id, title: step.title, description: shorten(step.text), imageAlt: step.description });
      out.set(`${sharePath(step.id)}index.html`, page);
      out.set(cardPath(step.id), cards[i]);
      const card: StepCard = { id: step.id, title: step.title, text: step.text, lang: step.lang, dir: step.lang === "ar" ? "rtl" : null, kind: step.kind, claimArticle: step.claim === "article", description: step.description, sourceLine: sourceLine(loaded.states[i].sources, loaded) };
      out.set(stepCardPath(step.id), stepCardHtml(title, lang, card));
      out.set(stepOembedPath(step.id), JSON.stringify(stepOembed(site, title, card)));
    });
  } finally {
    fonts.dispose();
  }
  return out;
}
