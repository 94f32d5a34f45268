// Renders the site icon, assets/icon/favicon.svg, to public/favicon.png (32×32, committed) in headless
// Chromium. The page links the PNG, not the SVG: Chromium fetches the icon again after every
// history.replaceState (the URL follows the reader's step), and where it keeps no favicon store (a
// private window, a test browser) it decodes the icon on the page's main thread each time. An SVG icon
// is a whole document to parse, lay out and paint (about 20 ms at 4x CPU, at every step change); a PNG
// is a 0.05 ms decode.
//
//   node scripts/render-icon.mjs        (npm run icon)
//
// Debian's Chromium at /usr/bin/chromium (CHROME_PATH overrides); nothing is downloaded.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const SIZE = 32;
const svg = readFileSync("assets/icon/favicon.svg", "utf8").replace("<svg ", `<svg width="${SIZE}" height="${SIZE}" `);
const out = "public/favicon.png";

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  writeFileSync(out, await page.screenshot({ omitBackground: true, type: "png" }));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
