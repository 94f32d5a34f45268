// Captures the social card image (Open Graph / Twitter, 1200×630) from the piece itself, in headless
// Chromium: the built page at one step, the map drawn, saved as assets/social/preview.jpg (committed;
// the build copies it to dist/social-preview.jpg).
//
//   npm run build && npm run preview &     # or any server of dist/
//   node scripts/capture-preview.mjs [url] [step-id]
//
// Defaults: http://127.0.0.1:4173/ and the step "regional-landscape". Debian's Chromium at
// /usr/bin/chromium (CHROME_PATH overrides); nothing is downloaded.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://127.0.0.1:4173/";
const step = process.argv[3] ?? "regional-landscape";
const out = "assets/social/preview.jpg";

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1, reducedMotion: "reduce" });
  await page.goto(`${url}#step=${step}`);
  await page.locator(`main#story[data-step="${step}"][data-map="ready"]`).waitFor();
  await page.evaluate(() => document.fonts.ready);
  // A card shows the passage and its picture: not the step buttons, not the edge of the passage before.
  await page.evaluate(() => {
    document.querySelector(".stepper")?.setAttribute("hidden", "");
    for (const s of document.querySelectorAll(".step:not(.is-active)")) s.style.visibility = "hidden";
  });
  await page.waitForTimeout(500); // the last transition (0.15 s with reduced motion)
  mkdirSync("assets/social", { recursive: true });
  await page.screenshot({ path: out, type: "jpeg", quality: 82 });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
