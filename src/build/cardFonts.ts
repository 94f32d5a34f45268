// The piece's own fonts, as the rasteriser can read them: resvg loads TrueType from files, and the piece
// ships WOFF2 (assets/fonts, cut to the characters it uses). Converted into a temporary folder per build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fontverter from "fontverter";

/** The faces a card sets: the title's serif and the labels' sans, both weights. */
export const CARD_FONTS = ["source-serif-4-400", "source-serif-4-600", "source-sans-3-400", "source-sans-3-600"] as const;

export interface FontFiles {
  readonly files: readonly string[];
  /** Removes the temporary folder. */
  dispose(): void;
}

export async function cardFonts(root: string): Promise<FontFiles> {
  const dir = mkdtempSync(join(tmpdir(), "story-card-fonts-"));
  try {
    const files = await Promise.all(
      CARD_FONTS.map(async (name) => {
        const file = join(dir, `${name}.ttf`);
        writeFileSync(file, await fontverter.convert(readFileSync(join(root, "assets/fonts", `${name}.woff2`)), "sfnt"));
        return file;
      }),
    );
    return { files, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
