declare module "fontverter" {
  /** Converts between font formats (sfnt = TrueType/OpenType). Used by tests/unit/fonts.test.ts and src/build/cardFonts.ts. */
  const fontverter: { convert(font: Uint8Array, to: "sfnt" | "woff" | "woff2"): Promise<Uint8Array> };
  export default fontverter;
}
