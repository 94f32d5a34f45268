// The page's Content-Security-Policy, written into dist/index.html as a <meta http-equiv> at build
// time, so it travels with the page to whatever static host serves it (no server header needed).
//
//   default-src 'self'            nothing from another origin: scripts, styles, fonts, data, images
//   script-src 'self'             no inline script, no eval / new Function, no data: or blob: script
//   style-src 'self' 'sha256-…'   the stylesheet inlined into the page (src/build/inlineCss.ts) is
//                                 allowed by its hash, not by 'unsafe-inline'; styles set from script
//                                 through the CSSOM (d3 .style(), gsap) are not inline styles to CSP
//   img-src 'self' data:          the site icon is a data: URL in the page (src/build/inlineCss.ts)
//   object-src 'none', base-uri 'self', form-action 'self'
//   require-trusted-types-for 'script'   no string reaches innerHTML, outerHTML, document.write or
//                                 a script's text (Chromium enforces it; other engines ignore it)
//
// frame-ancestors is left out on purpose: the piece is meant to be embedded anywhere, and a <meta>
// policy cannot carry it anyway. Only the production build gets the policy; the dev server injects
// styles and its client inline, which a strict policy would block.
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

/** The policy for a page whose inline <style> elements have these texts. */
export function contentSecurityPolicy(inlineStyles: readonly string[]): string {
  const hashes = [...new Set(inlineStyles.map((css) => `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...hashes].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join("; ");
}

/** Adds the policy as the first thing after <meta charset>, so it covers every tag after it. */
export function withPolicy(html: string): string {
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => m[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styles)}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/i, (head) => head + meta);
}

/** Build only; runs last (order "post", listed after the plugins that inline the stylesheet). */
export function cspPlugin(): Plugin {
  return {
    name: "story:csp",
    apply: "build",
    transformIndexHtml: { order: "post", handler: (html) => withPolicy(html) },
  };
}
