// Speaker notes and graphic descriptions reach the page in their own small module, loaded only by the
// console and the handout: the reading page has the descriptions in its HTML and needs no notes.
import extra from "virtual:story-notes";
import type { StepState } from "../model/state.ts";

/** The states with their notes and descriptions filled in. */
export const withNotes = (states: readonly StepState[]): readonly StepState[] =>
  states.map((s) => ({ ...s, notes: extra[s.id]?.notes ?? null, description: extra[s.id]?.description ?? s.description }));
