import { relaxationsOf } from "../schemas/imported-rules";
import { ImportedEventFeatureSchema, type ImportedEventFeature, type ImportMarker } from "../schemas/imported-event";
import type { RowIssue } from "../schemas/import";

/** An imported event before its mark lists what it was let off. */
export type DraftEvent = Omit<ImportedEventFeature, "properties"> & {
  properties: Omit<ImportedEventFeature["properties"], "imported"> & { imported: Omit<ImportMarker, "relaxed"> };
};

/** A field path of the event, as the file's own column where the format has one. */
export type ColumnOf = (path: readonly PropertyKey[]) => string;

const MAX_VALUE = 80;

/** A value for the report: short enough to read in a table, never more than MAX_VALUE characters. */
export function shown(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Marks the draft with exactly the rules it is let off and, unless `verify` is false, checks it against
 * the imported-data profile: any remaining problem rejects the row, reported at the file's column.
 * Unverified events must go through verifyImported before they are trusted as the profile's.
 */
export function finishEvent(
  draft: DraftEvent,
  row: number,
  columnOf: ColumnOf,
  verify = true,
): { event: ImportedEventFeature } | { issues: RowIssue[] } {
  const candidate = draft as ImportedEventFeature;
  candidate.properties.imported.relaxed = relaxationsOf(draft.properties);
  if (!verify) return { event: candidate };
  const parsed = ImportedEventFeatureSchema.safeParse(candidate);
  if (parsed.success) return { event: parsed.data };
  return {
    issues: parsed.error.issues.map((i) => ({
      row,
      column: columnOf(i.path),
      value: shown(valueAt(candidate, i.path)),
      reason: i.message,
      outcome: "row rejected" as const,
    })),
  };
}

/**
 * The profile's check over events built unverified: the events that pass, and a report line for each
 * that does not (by its row, field path as column). For a mapper that builds to the profile, none fail.
 */
export function verifyImported(events: readonly ImportedEventFeature[]): { events: ImportedEventFeature[]; issues: RowIssue[] } {
  const passed: ImportedEventFeature[] = [];
  const issues: RowIssue[] = [];
  for (const event of events) {
    const parsed = ImportedEventFeatureSchema.safeParse(event);
    if (parsed.success) passed.push(parsed.data);
    else
      for (const i of parsed.error.issues)
        issues.push({ row: event.properties.imported.row, column: i.path.join("."), value: shown(valueAt(event, i.path)), reason: i.message, outcome: "row rejected" });
  }
  return { events: passed, issues };
}
