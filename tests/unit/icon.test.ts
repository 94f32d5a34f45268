// The site icon is a PNG: Chromium fetches the icon again after every history.replaceState (each step
// change), and where it keeps no favicon store it decodes it on the page's main thread. An SVG icon is
// then a whole document parsed, laid out and painted at every step (scripts/render-icon.mjs says more).
// The build puts it into the page as a data: URL, so those fetches are gone (tests/e2e/quiet.spec.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/build/csp.ts";
import { inlineIcon } from "../../src/build/inlineCss.ts";
import { ROOT } from "./helpers.ts";

const read = (path: string) => readFileSync(join(ROOT, path));

describe("the site icon", () => {
  it("is linked from the page as a PNG, and no SVG icon is linked", () => {
    const html = read("index.html").toString();
    const icons = [...html.matchAll(/<link\b[^>]*rel="icon"[^>]*>/g)].map((m) => m[0]);
    expect(icons).toEqual(['<link rel="icon" href="/favicon.png" type="image/png" sizes="32x32" />']);
  });

  it("is a 32×32 PNG in public/", () => {
    const png = read("public/favicon.png");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]); // the IHDR chunk's width and height
  });

  it("goes into the built page as a data: URL, which the page's CSP allows", () => {
    const png = read("public/favicon.png");
    const html = inlineIcon(read("index.html").toString(), png);
    expect(html).toContain(`<link rel="icon" href="data:image/png;base64,${png.toString("base64")}" type="image/png" sizes="32x32" />`);
    expect(html).not.toContain("/favicon.png");
    expect(contentSecurityPolicy([])).toMatch(/(^|; )img-src 'self' data:(;|$)/);
  });
});
