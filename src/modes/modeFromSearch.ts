// Which mode a URL asks for. Modes are URL parameters on the same page (README, "Contracts"):
// ?mode=present, ?mode=console, ?print (or ?mode=print), with &notes for a handout with speaker notes.
// Pure.

export type ModeName = "reading" | "present" | "console" | "print";

export interface Mode {
  readonly name: ModeName;
  /** ?print&notes: the handout carries the speaker notes. */
  readonly notes: boolean;
}

export function modeFromSearch(search: string): Mode {
  const params = new URLSearchParams(search);
  const asked = params.get("mode");
  const notes = params.has("notes");
  if (asked === "present" || asked === "console") return { name: asked, notes };
  if (asked === "print" || params.has("print")) return { name: "print", notes };
  return { name: "reading", notes };
}

/** The address of the same page in another mode, keeping the step: `/path?mode=console#step=id`. */
export function modeUrl(pathname: string, mode: ModeName, stepId: string | null, extra: readonly string[] = []): string {
  const query = mode === "reading" ? [] : mode === "print" ? ["print", ...extra] : [`mode=${mode}`, ...extra];
  return `${pathname}${query.length ? `?${query.join("&")}` : ""}${stepId ? `#step=${stepId}` : ""}`;
}
