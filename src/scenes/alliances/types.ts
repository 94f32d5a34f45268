// The alliances scene's data: actors (assets/data/actors.json) and the sourced relations between them
// (assets/data/relations.json). Shapes only; check.ts holds the rules.

export type ActorGroup = "west" | "maghreb" | "sahel" | "rivals";
export const ACTOR_GROUPS: readonly ActorGroup[] = ["west", "maghreb", "sahel", "rivals"];

/** One part of a divided actor (Libya's rival authorities), which a relation can point at. */
export interface ActorPart {
  readonly id: string;
  readonly name: string;
  /** On-screen label, at most 14 characters. */
  readonly short: string;
}

export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  /** On-screen label, at most 14 characters. */
  readonly short: string;
  readonly group: ActorGroup;
  /** A state is drawn as a circle, a bloc (NATO, EU, AES) as a rounded square. */
  readonly kind?: "state" | "bloc";
  /** Member states of a bloc, for the table and the label. */
  readonly members?: readonly string[];
  /** Exactly two parts, drawn as the west and east halves of the node. */
  readonly parts?: readonly ActorPart[];
  readonly note?: string;
  /** The source of what `members` and `note` state. */
  readonly sourceId?: string;
}

export const RELATION_TYPES = [
  "member",
  "mnna",
  "med-dialogue",
  "eu-deal",
  "tension",
  "arms",
  "forces",
  "partnership",
  "task-force",
  "amu",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationRecord {
  readonly id: string;
  readonly type: RelationType;
  /** Actor ids. For a directed type (arms, forces) from gives to; otherwise the order carries no meaning. */
  readonly from: string;
  readonly to: string;
  /** Every party of a many-sided relation (task force, Arab Maghreb Union), from and to included. */
  readonly members?: readonly string[];
  /** The part of `from` / `to` the relation touches (an ActorPart id), when the actor has parts. */
  readonly fromPart?: string;
  readonly toPart?: string;
  /** What the source says, short enough to print on the line. */
  readonly label: string;
  readonly year: number | null;
  /** "article" when only the article says it (then sourceId is "article"). */
  readonly claim: "article" | null;
  readonly sourceId: string;
  readonly source: string;
  readonly url: string;
  readonly date: string;
  readonly confidence: "high" | "medium" | "low";
  /** Sources that partly corroborate an article claim. */
  readonly seeAlso?: readonly string[];
}

export interface AlliancesData {
  readonly actors: readonly ActorRecord[];
  readonly relations: readonly RelationRecord[];
  /** The relation types each step shows: the legend's band is as tall as the busiest needs (every type at once when absent). */
  readonly legendSets?: readonly (readonly RelationType[])[];
}

/** The diagram's data for a story: its records, and the types of relation each of its steps shows. */
export function alliancesData(actors: readonly ActorRecord[], relations: readonly RelationRecord[], steps: readonly { readonly relations: readonly string[] }[]): AlliancesData {
  const typeOf = new Map(relations.map((r) => [r.id, r.type]));
  const legendSets = steps.map((s) => [...new Set(s.relations.flatMap((id) => typeOf.get(id) ?? []))]);
  return { actors, relations, legendSets };
}

/** Every party of a relation: from, to and, for a many-sided one, its members (no repeats, in order). */
export const relationParties = (r: Pick<RelationRecord, "from" | "to" | "members">): string[] => [...new Set([r.from, r.to, ...(r.members ?? [])])];
