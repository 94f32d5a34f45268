import type { StepState } from "./state.ts";

/** What the page's script receives from the build (through the virtual:story module). */
export interface Payload {
  readonly lang: string;
  readonly states: readonly StepState[];
  /** ISO 3166-1 numeric id to Natural Earth name. */
  readonly countryNames: Readonly<Record<string, string>>;
  readonly places: readonly { id: string; name: string; lat: number; lon: number }[];
  /** Shared borders: the two countries' ids and the CIA World Factbook length. */
  readonly borders: readonly { id: string; a: string; b: string; km: number }[];
  readonly sources: readonly { id: string; short: string }[];
}
