// The handout on paper, A4 and US Letter: Chromium prints ?print&notes to PDF (page.pdf, the
// browser's own print layout) and pdf.js reads back where each page breaks and how large its text
// is. No step's block (heading, kind, passage, description and sources) is split across pages, no
// "Speaker notes" label is left alone at a page foot, every label of every graphic prints at 7 pt
// or more, and links that leave the page print their address.
import { expect, test, type Page } from "@playwright/test";
import { readPdf, squeeze, type PdfPage } from "./handoutPdf.ts";
import { states, steps } from "./story.ts";

/** The smallest type that reads on paper. */
const MIN_POINTS = 7;

async function printHandout(page: Page, format: "A4" | "Letter"): Promise<PdfPage[]> {
  await page.goto("/?print&notes");
  await expect(page.locator(".print-notes")).toHaveCount(states.filter((s) => s.notes).length);
  await expect
    .poll(() => page.locator("img.print-graphic").evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 })
    .toBe(true);
  await page.emulateMedia({ media: "print" });
  return readPdf(new Uint8Array(await page.pdf({ format })));
}

/** The pages whose text holds `phrase` (spaces ignored). */
const pagesWith = (pages: readonly PdfPage[], phrase: string) => pages.flatMap((p, i) => (p.squeezed.includes(squeeze(phrase)) ? [i + 1] : []));

for (const format of ["A4", "Letter"] as const) {
  test.describe(`the handout on ${format}`, () => {
    let pages: PdfPage[] = [];
    let csvLinks: string[] = [];
    test.beforeAll(async ({ browser, baseURL }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL });
      pages = await printHandout(page, format);
      csvLinks = await page.locator(".data-csv a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      await page.close();
    });

    test("keeps each step's heading, passage, description and sources on one page", () => {
      const split: string[] = [];
      steps.forEach((step) => {
        const passage = squeeze(step.text);
        // A right-to-left passage comes out of the PDF in visual order: its description anchors it.
        const parts: Record<string, string> = step.lang.startsWith("ar")
          ? { description: squeeze(step.description).slice(0, 40) }
          : { "passage start": passage.slice(0, 40), "passage end": passage.slice(-40) };
        parts["description end"] = squeeze(step.description).slice(-40);
        parts.title = squeeze(`${step.title}.`);
        if (step.heading) parts.heading = squeeze(step.heading);
        const where = Object.entries(parts).map(([name, phrase]) => [name, pagesWith(pages, phrase)] as const);
        const startPage = where[0][1][0];
        for (const [name, found] of where) {
          if (found.length === 0) split.push(`${step.id}: ${name} not found`);
          else if (!found.includes(startPage)) split.push(`${step.id}: ${name} on page ${found.join(",")}, passage on page ${startPage}`);
        }
      });
      expect(split).toEqual([]);
    });

    test("never leaves a “Speaker notes” label alone at the foot of a page", () => {
      const stranded = pages.flatMap((p, i) => {
        const last = p.runs[p.runs.length - 1];
        return last?.text.trim() === "Speaker notes" ? [`page ${i + 1}`] : [];
      });
      expect(pages.some((p) => p.runs.some((r) => r.text.trim() === "Speaker notes"))).toBe(true);
      expect(stranded).toEqual([]);
    });

    test(`prints every graphic's labels, and all other text, at ${MIN_POINTS} pt or more`, () => {
      const small = pages.flatMap((p, i) => p.runs.filter((r) => r.size < MIN_POINTS - 0.05).map((r) => `page ${i + 1}: “${r.text}” at ${r.size.toFixed(1)} pt`));
      // The graphics' labels are in the PDF as text (the still SVGs print as vectors): the check reaches them.
      expect(pages.flatMap((p) => p.runs).filter((r) => r.text === "Algeria").length).toBeGreaterThan(5);
      expect(small).toEqual([]);
    });

    test("prints the address of every CSV link beside it", () => {
      expect(csvLinks.length).toBeGreaterThan(5);
      const missing = csvLinks.filter((href) => pagesWith(pages, `The data in this table, as a CSV file <${href}>`).length === 0);
      expect(missing).toEqual([]);
    });
  });
}

test("?print=slides prints the slide deck: one landscape page per step, in order, with the passage and its picture", async ({ page }) => {
  await page.goto("/?print=slides");
  await expect(page.locator("html")).toHaveClass(/\bslides\b/);
  await expect
    .poll(() => page.locator("img.print-graphic").evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 })
    .toBe(true);
  await page.emulateMedia({ media: "print" });
  const pages = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  expect(pages).toHaveLength(steps.length);
  const wrong = steps.flatMap((step, i) => {
    const p = pages[i];
    const problems: string[] = [];
    if (p.width <= p.height) problems.push(`page ${i + 1} is not landscape (${p.width}x${p.height})`);
    // A right-to-left passage comes out word by word in visual order: each word must be there.
    const found = step.lang.startsWith("ar") ? step.text.split(/\s+/).every((w) => p.squeezed.includes(squeeze(w))) : p.squeezed.includes(squeeze(step.text).slice(0, 40));
    if (!found) problems.push(`page ${i + 1} lacks the passage of ${step.id}`);
    // The picture prints as vectors with its labels as text, at 7 pt or more.
    const small = p.runs.filter((r) => r.size < MIN_POINTS - 0.05);
    if (small.length) problems.push(`page ${i + 1}: ${small.length} runs under ${MIN_POINTS} pt, e.g. “${small[0].text}”`);
    return problems;
  });
  expect(wrong).toEqual([]);
});
