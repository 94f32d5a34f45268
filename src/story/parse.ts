import archieml from "archieml";
import { messages, type StoryError } from "./messages.ts";

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
  const raw = archieml.load(text);
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) return error(messages.noSteps());
  return { raw, errors: [] };
}
