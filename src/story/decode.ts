// The story file's bytes to text, as editors make them: strict UTF-8 (a Latin-1 or Windows-1252 byte is
// an error naming its line, never a silent "\uFFFD"), a UTF-16 or UTF-32 byte-order mark is "save as
// UTF-8", and what is legitimate passes (a UTF-8 BOM, CRLF and CR line ends). And the characters a value
// must not hide (characterProblem): controls, line separators and bidi overrides, which src/story/structure.ts
// reports with the step and field they are in.
import { messages, type StoryError } from "./messages.ts";

export type Decoded = { text: string; errors: [] } | { text: null; errors: StoryError[] };

// Checked in this order: a UTF-32 LE mark begins with the UTF-16 LE one.
const WIDE_MARKS: { name: string; bytes: number[] }[] = [
  { name: "UTF-32", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: "UTF-32", bytes: [0x00, 0x00, 0xfe, 0xff] },
  { name: "UTF-16", bytes: [0xff, 0xfe] },
  { name: "UTF-16", bytes: [0xfe, 0xff] },
];

/** The story file's bytes to text with "\n" line ends, or one error saying what to do. */
export function decodeStory(bytes: Uint8Array, file: string): Decoded {
  const error = (message: string): Decoded => ({ text: null, errors: [{ stage: "parse", file, step: null, field: null, message }] });
  const wide = WIDE_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (wide) return error(messages.wideEncoding(wide.name));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return error(messages.notUtf8(lineAt(bytes, bad), bytes[bad]));
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes); // drops a UTF-8 BOM
  return { text: text.replace(/\r\n?/g, "\n"), errors: [] };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes, and the range the first of them must lie in (no overlong
    // forms, no surrogates, nothing past U+10FFFF), as in the Unicode standard's table 3-7.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** The 1-based line of a byte offset; CRLF, CR and LF each end a line. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Characters no value may hold: C0 controls but tab, U+2028/U+2029, and bidi embeddings, overrides and isolates. */
const FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const NAMES: Record<number, string> = {
  0x00: "NULL",
  0x08: "BACKSPACE",
  0x0b: "LINE TABULATION",
  0x0c: "FORM FEED",
  0x1b: "ESCAPE",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

/** The first character of a line that no value may hold, as "U+202E RIGHT-TO-LEFT OVERRIDE", or null. */
export function forbiddenCharacter(line: string): string | null {
  const found = FORBIDDEN.exec(line);
  if (!found) return null;
  const code = found[0].charCodeAt(0);
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} ${NAMES[code] ?? "CONTROL CHARACTER"}`;
}

/** The same characters replaced by spaces: what the line scan matches keys on. */
export const withoutForbidden = (line: string): string => line.replace(new RegExp(FORBIDDEN.source, "g"), " ");
