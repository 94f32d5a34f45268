// Turns the piece's stylesheet into one that works inside a shadow root on someone else's page. Pure.
//
// - @font-face is ignored inside a shadow root, so the faces move out, to be declared on the
//   document, under namespaced family names ("xstory Source Serif 4") that cannot meet the host's.
// - html, body and :root become the shadow's wrapper element, which first resets everything the
//   host would otherwise pass down (all: initial), then takes the page's own colours and type.
// - rem means the host's root font size: each becomes px at our 16 px. Media queries keep rem,
//   which there always means the browser's initial size.
// - Relative url()s are resolved against where the stylesheet came from, not the host page.

export const WRAPPER = "xstory-root";
export const FAMILY_PREFIX = "xstory ";

export interface ShadowCss {
  /** @font-face rules for the host document. */
  readonly fonts: string;
  /** The shadow root's stylesheet. */
  readonly shadow: string;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const FAMILY = /font-family\s*:\s*(?:"([^"]+)"|'([^']+)'|([^;}]+))/;
const URL_FN = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g;
const PRELUDE = /(^|[{};])([^{};@]*)\{/g;
const MEDIA = /@media[^{]*\{/g;
const REM = /(-?\d*\.?\d+)rem\b/g;

function resolveUrls(css: string, base: string): string {
  return css.replace(URL_FN, (whole, dq?: string, sq?: string, bare?: string) => {
    const url = dq ?? sq ?? bare ?? "";
    if (url.startsWith("#") || url.startsWith("data:")) return whole; // an SVG paint server, an inlined file
    return `url("${new URL(url, base).href}")`;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `html`, `body` and `:root` in a selector list become the wrapper's class. */
export function mapSelectors(prelude: string): string {
  return prelude
    .replace(/:root\b/g, `.${WRAPPER}`)
    .replace(/(^|[\s,>+~(])(?:html|body)(?=$|[\s,.:[>+~)#])/g, `$1.${WRAPPER}`);
}

export function shadowCss(css: string, base: string): ShadowCss {
  const families = new Set<string>();
  const faces: string[] = [];
  const rest = css.replace(FONT_FACE, (face) => {
    const m = FAMILY.exec(face);
    const family = (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").trim();
    if (family) families.add(family);
    faces.push(resolveUrls(face.replace(FAMILY, `font-family:"${FAMILY_PREFIX}${family}"`), base));
    return "";
  });

  let shadow = rest.replace(PRELUDE, (_whole, edge: string, prelude: string) => `${edge}${mapSelectors(prelude)}{`);
  for (const family of families) {
    shadow = shadow.replace(new RegExp(`(["'])${escapeRegExp(family)}\\1`, "g"), `"${FAMILY_PREFIX}${family}"`);
  }
  // rem -> px, except in media queries (set them aside, convert, put them back)
  const media: string[] = [];
  shadow = shadow.replace(MEDIA, (m) => `\u0000${media.push(m) - 1}\u0000`);
  shadow = shadow.replace(REM, (_w, n: string) => `${+(Number(n) * 16).toFixed(3)}px`);
  shadow = shadow.replace(/\u0000(\d+)\u0000/g, (_w, i: string) => media[Number(i)]);
  shadow = resolveUrls(shadow, base);

  const reset = `:host{all:initial;display:block}.${WRAPPER}{all:initial;display:block}`;
  // After the page's own rules: the host's sticky header, and the parts of our page that are not ours
  // to show on someone else's (a skip link to our own page's anchors, buttons fixed over their page).
  const embedded = `.${WRAPPER}{--top:var(--xstory-top,0px)}.${WRAPPER} .skip-link,.${WRAPPER} .stepper{display:none!important}`;
  return { fonts: faces.join("\n"), shadow: `${reset}\n${shadow}\n${embedded}` };
}
