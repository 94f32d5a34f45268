// Pure: the diagram's facts as a table, one row per relation shown (for screen readers and as CSV).
import type { AlliancesState } from "../../model/state.ts";
import type { Table } from "../scene.ts";
import { relationParties, type ActorRecord, type AlliancesData, type RelationRecord } from "./types.ts";

export const ALLIANCES_COLUMNS = ["From", "Relation", "To", "Year", "Source"] as const;

export function alliancesTable(state: AlliancesState, data: AlliancesData): Table {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const shown = new Set(state.relations);
  // Data order: the same rows in the same order however the step lists its relations.
  const relations = data.relations.filter((r) => shown.has(r.id) && relationParties(r).every((id) => actors.has(id)));
  const rows = relations.map((r) => {
    const others = relationParties(r).filter((id) => id !== r.from);
    return [
      nameOf(actors.get(r.from)!, r.fromPart),
      r.label,
      others.map((id) => nameOf(actors.get(id)!, id === r.to ? r.toPart : undefined)).join(", "),
      r.year ?? "",
      sourceCell(r),
    ] as const;
  });
  return {
    caption: "Alliances and partnerships shown in the diagram, with their sources",
    columns: ALLIANCES_COLUMNS,
    rows,
    sources: [...new Set(relations.flatMap((r) => [r.sourceId, ...(r.seeAlso ?? [])]))],
  };
}

function nameOf(actor: ActorRecord, part: string | undefined): string {
  const p = part ? actor.parts?.find((q) => q.id === part) : undefined;
  return p ? `${actor.name} (${p.name})` : actor.name;
}

function sourceCell(r: RelationRecord): string {
  const when = r.date && r.date !== "undated" ? `, ${r.date}` : "";
  return `${r.source}${when} (confidence: ${r.confidence})`;
}
