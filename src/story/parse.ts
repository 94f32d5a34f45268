import archieml from "archieml";
import { messages, type StoryError } from "./messages.ts";
import { checkStructure } from "./structure.ts";
import { STEP_KEYS, TOP_KEYS } from "./validate.ts";

export interface Parsed {
  raw: Record<string, unknown> | null;
  errors: StoryError[];
}

/** ArchieML text to plain objects. No rules here beyond "there is a [steps] array of blocks". */
export function parse(text: string, file: string): Parsed {
  const error = (message: string): Parsed => ({
    raw: null,
    errors: [{ stage: "parse", file, step: null, field: null, message }],
  });
  if (!text.trim()) return error(messages.notText());
  // What the parser would do in silence (or, for a reserved key, to Object.prototype) is checked first.
  const structure = checkStructure(text, file, { stepKeys: STEP_KEYS, topKeys: TOP_KEYS });
  if (structure.length) return { raw: null, errors: structure };
  let raw: Record<string, unknown>;
  try {
    raw = archieml.load(text);
  } catch (e) {
    return error(messages.parserFailed((e as Error).message));
  }
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) return error(messages.noSteps());
  return { raw, errors: [] };
}
