// Lines the story's passages up against the article, word for word and in order.
// The story may split a paragraph into several steps, only at sentence ends; headings are whole lines.

export interface Passage {
  /** The heading that opens the passage; undefined when one was given but could not be read (its error is reported elsewhere). */
  heading: string | null | undefined;
  /** Null when the passage could not be read (its error is reported elsewhere): alignment skips it. */
  text: string | null;
}

export interface Placement {
  /** Index of the article paragraph (line) the passage comes from. */
  paragraph: number;
  /** True when the passage starts part-way through its paragraph. */
  continues: boolean;
}

export type AlignProblem =
  | { index: number; field: "heading" | "text"; problem: "mismatch"; expected: string }
  | { index: number; field: "text"; problem: "mid-sentence" }
  | { index: number; field: "heading"; problem: "missing-heading"; expected: string }
  | { index: null; field: null; problem: "uncovered"; expected: string };

export const normalize = (s: string) => s.replace(/\s+/g, " ").trim();
export const articleLines = (article: string) => article.split(/\r?\n/).map(normalize).filter(Boolean);

const SENTENCE_END = /[.?!]["”’')]?$/;
const preview = (s: string) => (s.length > 90 ? `${s.slice(0, 90)}…` : s);
/** A line that reads as a heading: short, and not ended like a sentence. */
const headingLike = (s: string | undefined): s is string => s !== undefined && s.length <= 120 && !SENTENCE_END.test(s);

export function align(passages: readonly Passage[], article: string): { placements: Placement[]; problems: AlignProblem[] } {
  const lines = articleLines(article);
  const placements: Placement[] = [];
  const problems: AlignProblem[] = [];
  let line = 0;
  let rest = ""; // what is left of the current paragraph, "" at a paragraph boundary

  let lost = false; // after a passage that matched nowhere, find the next one wherever it is

  const seek = (text: string): boolean => {
    for (let i = line; i < lines.length; i++) {
      const from = i === line && rest ? lines[i].length - rest.length : 0;
      const at = lines[i].indexOf(text, from);
      if (at >= 0) {
        line = i;
        rest = lines[i].slice(at);
        return true;
      }
    }
    return false;
  };

  passages.forEach((passage, index) => {
    const text = passage.text === null ? null : normalize(passage.text);
    // Where a passage follows the article's next line and that line reads as a heading, it is this
    // passage's heading: step over it, so that one wrong or missing heading is one error.
    const headingBefore = () => !rest && !!text && headingLike(lines[line]) && !lines[line].startsWith(text) && !!lines[line + 1]?.startsWith(text);
    if (passage.heading !== null) {
      const heading = passage.heading === undefined ? null : normalize(passage.heading);
      if (lost && heading !== null) {
        const at = lines.indexOf(heading, line);
        if (at >= 0) [line, rest] = [at, ""];
      }
      if (heading !== null && !rest && lines[line] === heading) line++;
      else {
        if (heading !== null) problems.push({ index, field: "heading", problem: "mismatch", expected: preview(rest || lines[line] || "") });
        if (headingBefore()) line++;
      }
    } else if (!lost && headingBefore()) {
      problems.push({ index, field: "heading", problem: "missing-heading", expected: preview(lines[line]) });
      line++;
    }
    if (text === null) {
      placements.push({ paragraph: line, continues: rest !== "" });
      lost = true; // find the next passage wherever it is
      return;
    }
    if (lost && text && seek(text)) lost = false;
    const continues = rest !== "";
    const current = rest || lines[line] || "";
    placements.push({ paragraph: line, continues });
    if (text && current.startsWith(text)) {
      const after = current.slice(text.length);
      if (after && !(after.startsWith(" ") && SENTENCE_END.test(text))) {
        problems.push({ index, field: "text", problem: "mid-sentence" });
      }
      rest = after.trim();
      if (!rest) line++;
      return;
    }
    problems.push({ index, field: "text", problem: "mismatch", expected: preview(current) });
    lost = true;
  });

  if (lost) return { placements, problems }; // where the article "continues" is unknown
  const missing = rest || lines[line];
  if (missing) problems.push({ index: null, field: null, problem: "uncovered", expected: preview(missing) });
  return { placements, problems };
}
