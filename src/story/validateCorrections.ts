// The story file's dated corrections ([corrections] … []) and the date of the last fact-check: checked
// like the steps, each error naming the correction (by position) and the field.
import { MARKUP } from "./markup.ts";
import { messages } from "./messages.ts";
import type { Correction } from "./types.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = ["date", "said", "now", "where"];

const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Raw `corrections` and `factchecked` to checked values; problems go to `fail(step, field, message)`. */
export function validateCorrections(
  rawCorrections: unknown,
  rawFactchecked: unknown,
  stepIds: ReadonlySet<string>,
  fail: (step: string | null, field: string | null, message: string) => void,
): { corrections: Correction[]; factchecked: string | null } {
  let factchecked: string | null = null;
  if (rawFactchecked !== undefined) {
    if (typeof rawFactchecked !== "string" || !isDate(rawFactchecked.trim())) fail(null, "factchecked", messages.badDate(String(rawFactchecked)));
    else factchecked = rawFactchecked.trim();
  }
  const corrections: Correction[] = [];
  if (rawCorrections === undefined) return { corrections, factchecked };
  if (!Array.isArray(rawCorrections)) {
    fail(null, "corrections", messages.notCorrectionList());
    return { corrections, factchecked };
  }
  rawCorrections.forEach((item, i) => {
    const label = `correction #${i + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) return fail(label, null, messages.stepNotObject());
    const block = item as Record<string, unknown>;
    for (const key of Object.keys(block)) if (!FIELDS.includes(key)) fail(label, key, messages.unknownKey(key, null));
    const text = (field: string): string | null => {
      const v = block[field];
      if (v === undefined) return fail(label, field, messages.missing()), null;
      if (typeof v !== "string" || !v.trim()) return fail(label, field, messages.empty()), null;
      if (MARKUP.test(v)) return fail(label, field, messages.markup()), null;
      return v.trim();
    };
    const date = text("date");
    if (date !== null && !isDate(date)) fail(label, "date", messages.badDate(date));
    const said = text("said");
    const now = text("now");
    const steps = typeof block.where === "string" ? block.where.split(",").map((s) => s.trim()).filter(Boolean) : [];
    if (!steps.length) fail(label, "where", messages.missing());
    for (const id of steps) if (!stepIds.has(id)) fail(label, "where", messages.unknownValue("step", id, null));
    if (date && isDate(date) && said && now) corrections.push({ date, said, now, steps });
  });
  corrections.sort((a, b) => b.date.localeCompare(a.date));
  return { corrections, factchecked };
}
