import path from "node:path";
import { DatasetSchema, type Dataset } from "../schemas/dataset";
import type { DataIssue } from "./validate";

/** The manifest's name inside a geodata folder. */
export const DATASET_FILE = "dataset.json";

function fieldPath(p: readonly PropertyKey[]): string {
  return p.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("").replace(/^\./, "");
}

/**
 * Validates a parsed `dataset.json`; every problem names the file and the field. Returns the manifest
 * with its defaults applied, or null when it is invalid.
 */
export function validateDatasetFile(file: string, raw: unknown): { dataset: Dataset | null; issues: DataIssue[] } {
  const parsed = DatasetSchema.safeParse(raw);
  if (parsed.success) return { dataset: parsed.data, issues: [] };
  return {
    dataset: null,
    issues: parsed.error.issues.map((i) => ({ file, feature: "-", field: fieldPath(i.path), message: i.message })),
  };
}

/** The lines file the manifest names, resolved inside the geodata folder. */
export function linesFile(dir: string, dataset: Pick<Dataset, "lines">): string {
  return path.join(dir, ...dataset.lines.split("/"));
}
