// The numbers written in a text, for the checks that keep words and data in step.

export interface WrittenNumber {
  /** As written: "1,034", "48.1". */
  readonly text: string;
  readonly value: number;
  /** Where it starts in the text. */
  readonly index: number;
}

/** "1,034 km" → 1034; "48.1%" → 48.1; "2019–23" → 2019 and 23; "2026-06-16" → 2026, 6 and 16. */
export function numbersIn(text: string): WrittenNumber[] {
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => ({ text: m[0], value: Number(m[0].replace(/,/g, "")), index: m.index! }));
}
