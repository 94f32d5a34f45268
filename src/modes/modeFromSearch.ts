// Which mode a URL asks for. Modes are URL parameters on the same page (README, "Contracts"):
// ?mode=present, ?mode=console, ?print (or ?mode=print), with &notes for a handout with speaker notes,
// and ?print=slides for the slide deck (one landscape page per step, a backup for the projector). Pure.

export type ModeName = "reading" | "present" | "console" | "print";

export interface Mode {
  readonly name: ModeName;
  /** ?print&notes: the handout carries the speaker notes. */
  readonly notes: boolean;
  /** ?print=slides: the slide deck instead of the handout. */
  readonly slides: boolean;
}

export function modeFromSearch(search: string): Mode {
  const params = new URLSearchParams(search);
  const asked = params.get("mode");
  const notes = params.has("notes");
  if (asked === "present" || asked === "console") return { name: asked, notes, slides: false };
  if (asked === "print" || params.has("print")) return { name: "print", notes, slides: params.get("print") === "slides" };
  return { name: "reading", notes, slides: false };
}

/** The address of the same page in another mode, keeping the step: `/path?mode=console#step=id`. */
export function modeUrl(pathname: string, mode: ModeName, stepId: string | null, extra: readonly string[] = []): string {
  const query = mode === "reading" ? [] : mode === "print" ? ["print", ...extra] : [`mode=${mode}`, ...extra];
  return `${pathname}${query.length ? `?${query.join("&")}` : ""}${stepId ? `#step=${stepId}` : ""}`;
}
