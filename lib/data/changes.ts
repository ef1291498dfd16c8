import { ChangeLogSchema, type ChangeEntry } from "../schemas/changes";
import type { DataIssue } from "./validate";

/** Path of the changelog inside the geodata folder. */
export const CHANGES_FILE = "changes.json";

/**
 * Validates the changelog's shape; each problem names the file and the entry's field
 * (`changes[2].summary`). Returns the valid entries, or none when the file is malformed.
 */
export function validateChangeLog(file: string, raw: unknown): { changes: ChangeEntry[]; issues: DataIssue[] } {
  const parsed = ChangeLogSchema.safeParse(raw);
  if (parsed.success) return { changes: parsed.data.changes, issues: [] };
  const issues = parsed.error.issues.map((i) => ({
    file,
    feature: "-",
    field: i.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("").replace(/^\./, "") || "(root)",
    message: i.message,
  }));
  return { changes: [], issues };
}

/** Every event id a change names must exist, so the log never points at a renamed or deleted event. */
export function checkChangeIds(file: string, changes: readonly ChangeEntry[], ids: ReadonlySet<string>): DataIssue[] {
  return changes.flatMap((c, i) =>
    c.events.flatMap((id, j) =>
      ids.has(id) ? [] : [{ file, feature: "-", field: `changes[${i}].events[${j}]`, message: `"${id}" is not the id of any event` }],
    ),
  );
}
