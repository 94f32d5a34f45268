import type { ActorRecord, RelationRecord } from "../scenes/alliances/types.ts";
import type { ChartRecord } from "../scenes/chart/types.ts";
import type { EventRecord } from "../scenes/timeline/types.ts";
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
  readonly routes: readonly MapRoute[];
  readonly notes: readonly { id: string; at: string; dx: number; dy: number; label: string }[];
  /** Sea arrivals in Italy by year and country of departure (series key), for quantified routes. */
  readonly arrivals: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly sources: readonly { id: string; short: string }[];
  readonly actors: readonly ActorRecord[];
  readonly relations: readonly RelationRecord[];
  readonly charts: readonly ChartRecord[];
  readonly events: readonly EventRecord[];
}

/** Kinds of route on the map; each has its own colour and arrowhead, and a label. */
export const ROUTE_TYPES = ["migration", "sea", "fuel", "arms"] as const;
export type RouteType = (typeof ROUTE_TYPES)[number];

/** The part the page needs at once; the diagram, chart and timeline data come later, with their code. */
export type CorePayload = Omit<Payload, keyof ScenePayload>;
export type ScenePayload = Pick<Payload, "actors" | "relations" | "charts" | "events">;
/** What the map scene draws from. */
export type MapPayload = Pick<Payload, "countryNames" | "places" | "borders" | "routes" | "notes" | "arrivals">;

export interface MapRoute {
  readonly id: string;
  readonly type: RouteType;
  /** Place ids, in order. */
  readonly points: readonly string[];
  readonly label: string;
  readonly schematic: boolean;
  readonly series: string | null;
}
