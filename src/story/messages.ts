// Every user-facing error string of the story pipeline, in one place (and so, one day, translatable).

export interface StoryError {
  /** The pipeline step that found it: parse, validate, data, or check (words against pictures and sources). */
  stage: "parse" | "validate" | "data" | "check";
  file: string;
  /** The story step's id, or its position when it has no usable id. */
  step: string | null;
  /** The field, in the story file's own dotted notation (map.highlight). */
  field: string | null;
  message: string;
}

export function formatError(e: StoryError): string {
  const where = [e.file, e.step && (/^(record|correction) /.test(e.step) ? e.step : `step ${e.step}`), e.field].filter(Boolean).join(": ");
  return where ? `[story:${e.stage}] ${where}: ${e.message}` : `[story:${e.stage}] ${e.message}`;
}

const quote = (s: string) => JSON.stringify(s);
const hint = (suggestion: string | null) => (suggestion ? ` (did you mean ${quote(suggestion)}?)` : "");

export const messages = {
  notText: () => "the story file is empty",
  noSteps: () => "the story has no [steps] array (write [steps] ... [] around the steps)",
  stepNotObject: () => "a step must be a block of key: value lines",
  unknownKey: (key: string, suggestion: string | null) => `unknown key ${quote(key)}${hint(suggestion)}`,
  missing: () => "is required",
  empty: () => "is empty",
  notString: (type: string) => `must be text, not ${type}`,
  badId: (id: string) => `${quote(id)} is not a valid id (use lowercase letters, digits and hyphens, e.g. "tripoli-meeting")`,
  duplicateId: (first: number) => `duplicate id: step ${first + 1} already uses it`,
  unknownValue: (what: string, value: string, suggestion: string | null) => `unknown ${what} ${quote(value)}${hint(suggestion)}`,
  badKind: (value: string, suggestion: string | null) =>
    `unknown kind ${quote(value)}${hint(suggestion)}; use reported, analysis or opinion`,
  badBoolean: (value: string) => `${quote(value)} is not yes or no`,
  tooShort: (min: number, length: number) => `is ${length} characters; write at least ${min}`,
  markup: () => "contains HTML markup; the story is plain text",
  noPicture: () => "the step has no picture: give map.focus, alliances.actors, chart.id or timeline.events",
  twoPictures: (blocks: string[]) => `a step shows one picture, but this one has ${blocks.join(" and ")}`,
  notABlock: (name: string) => `must be a block of ${name}.* keys`,
  focusEmpty: () => "names no country: the camera needs a country, a place or a route to fit",
  notInArticle: (expected: string) =>
    `is not the next passage of the article; the article continues: ${quote(expected)}`,
  headingNotInArticle: (expected: string) =>
    `is not the next line of the article; the article continues: ${quote(expected)}`,
  splitMidSentence: () => "splits a paragraph in the middle of a sentence; split after . ? or !",
  articleNotCovered: (rest: string) => `the story ends with this step, before the article does; missing from: ${quote(rest)}`,
  sourceMissing: (field: string) => `record has no ${field}: every fact needs a source`,
  headingMissing: (expected: string) => `is missing: the article has the heading ${quote(expected)} before this passage`,
  topKeyInStep: (key: string) =>
    `unknown key ${quote(key)}: it belongs to the whole story, above [steps]; is the [steps] array closed with [] before it?`,
  // Structure the ArchieML parser would pass over in silence (src/story/structure.ts).
  parserFailed: (reason: string) => `the ArchieML parser failed (${reason}); check the lines around the last change`,
  reservedKey: (key: string) => `${quote(key)} is not a usable key: __proto__, constructor and prototype are reserved names`,
  duplicateKey: () =>
    `is given twice in this step, and ArchieML keeps only the second; if a new step starts here, its "id:" line is missing`,
  blockInSteps: (line: string) =>
    `${quote(line)} inside [steps] ends the steps array, and steps would be lost; inside a step write dotted keys (map.focus: …), or [.name] for a list`,
  // The checks that keep words and pictures in step (src/story/check*.ts).
  namesUndrawn: (term: string) => `names ${quote(term)}, which this step's picture does not draw: name only what it shows, or say it is "not drawn"`,
  saysNotDrawn: (term: string) => `says ${quote(term)} is not drawn, but this step's picture draws it`,
  missesEmphasis: (name: string) => `does not name ${quote(name)}, which this step's picture emphasises`,
  numberUnsourced: (number: string, where: string) => `the number ${quote(number)} is in none of ${where}: correct it, or add the source that holds it`,
  ourCalculationUnsaid: (number: string, source: string) =>
    `the number ${quote(number)} is our calculation (source ${quote(source)}), and the text does not say so: write "our calculation"`,
  labelOurCalculation: (source: string) => `cites our calculation (source ${quote(source)}), and the label does not say so: add "(our calculation from …)"`,
  creditMismatch: (source: string, sourceUrl: string, url: string) =>
    `credits source ${quote(source)} (${sourceUrl || "no address"}), but the record came from ${url}: cite the source it came from`,
  sourceNotOnScreen: (what: string, source: string) => `${what} is drawn, but its source ${quote(source)} is not in this step's source line`,
  badDate: (value: string) => `${quote(value)} is not a date (write YYYY-MM-DD)`,
  notCorrectionList: () => "must be a list: write [corrections] … [] with date:, said:, now: and where: in each",
  stepKeyAfterSteps: () => "comes after the [] that closed the [steps] array, so this step and those after it are outside the story; remove the stray []",
  // Reading the file (src/story/decode.ts, src/build/loadStory.ts).
  wideEncoding: (encoding: string) => `the file is saved as ${encoding}; save it as UTF-8 (in most editors: Save as, Encoding: UTF-8)`,
  notUtf8: (line: number, byte: number) =>
    `line ${line}: the byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
  forbiddenCharacter: (character: string) => `contains the invisible character ${character} (pasted from another program?); delete it`,
  tooLong: (max: number, length: number) => `is ${length} characters; write at most ${max}`,
  unreadable: (reason: string) => `cannot be read: ${reason}`,
} as const;
