// Reads a PDF printed by Chromium (page.pdf) with pdf.js: each page's text runs, their font size in
// points and their position, so that tests can check where the handout's pages break.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface TextRun {
  readonly text: string;
  /** Font size in points (the PDF's units). */
  readonly size: number;
  /** Distance from the page's top, in points. */
  readonly top: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  /** All the page's text with every space removed: line breaks then never hide a phrase. */
  readonly squeezed: string;
}

/** Spaces removed and ligatures (ﬁ, ﬂ) spelled out, so a phrase is found whatever the line breaks. */
export const squeeze = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [, , c, d, , f] = item.transform as number[];
      runs.push({ text: item.str, size: Math.hypot(c, d), top: height - f });
    }
    pages.push({ width, height, runs, squeezed: squeeze(runs.map((r) => r.text).join("")) });
  }
  await doc.destroy();
  return pages;
}
