// The characters the piece can set in its Latin fonts: printable ASCII, and every non-Arabic character of
// the story, the data, the map's geometry (country names) and the source code's strings. Shared by
// scripts/subset-fonts.mjs (which cuts the fonts) and tests/unit/fonts.test.ts (which checks the cut).
import { join } from "node:path";

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const SOURCES = ["story", "assets/data", "assets/geo", "src"];
const TEXT_FILE = /\.(aml|json|ts|css)$/;

/** @param {string} root @param {{ readdirSync: Function, readFileSync: Function, statSync: Function }} fs */
export function latinCharacters(root, fs) {
  const files = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const path = join(dir, name);
      if (fs.statSync(path).isDirectory()) walk(path);
      else if (TEXT_FILE.test(name)) files.push(path);
    }
  };
  for (const dir of SOURCES) walk(join(root, dir));
  const chars = new Set(Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)));
  for (const file of files) {
    for (const c of String(fs.readFileSync(file, "utf8"))) {
      const code = c.codePointAt(0);
      if (code > 126 && code !== 0xfeff && !ARABIC.test(c) && !/\s/.test(c) && !/\p{Cc}/u.test(c)) chars.add(c);
    }
  }
  chars.add("\u00a0"); // the no-break spaces the build puts between numbers and units
  return [...chars].sort().join("");
}
