import type { z } from "zod";
import { EventFeatureSchema } from "../schemas/event";
import { ImportedEventFeatureSchema, type AnyEventFeature } from "../schemas/imported-event";
import { BoundaryFeatureSchema, type BoundaryFeature } from "../schemas/boundary";

/** One problem in one geodata file, precise enough to fix without searching. */
export interface DataIssue {
  file: string;
  feature: string;
  field: string;
  message: string;
}

export class GeodataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`Invalid geodata:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "GeodataError";
  }
}

export function formatIssue(i: DataIssue): string {
  return `${i.file}: feature ${i.feature}: ${i.field || "(root)"}: ${i.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/** Names a feature by its id when it has a usable one, else by its position in the file. */
function featureName(raw: unknown, index: number): string {
  const id = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === "string" && id.length > 0 ? `"${id}"` : `#${index}`;
}

function validateCollection<T>(
  file: string,
  raw: unknown,
  schemaFor: (feature: unknown) => z.ZodType<T>,
): { features: T[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const features: T[] = [];
  const fc = raw as { type?: unknown; features?: unknown } | null;
  if (!fc || fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) {
    return { features, issues: [{ file, feature: "-", field: "type", message: "must be a GeoJSON FeatureCollection" }] };
  }
  fc.features.forEach((f: unknown, index: number) => {
    const parsed = schemaFor(f).safeParse(f);
    if (parsed.success) features.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        issues.push({ file, feature: featureName(f, index), field: fieldPath(issue.path), message: issue.message });
  });
  return { features, issues };
}

/** A feature marked `imported` (written by `npm run import`) is held to the imported-data profile. */
function eventSchemaFor(raw: unknown): z.ZodType<AnyEventFeature> {
  const marked = (raw as { properties?: { imported?: unknown } } | null)?.properties?.imported !== undefined;
  return marked ? ImportedEventFeatureSchema : EventFeatureSchema;
}

/** Validates one events file feature by feature; the good features are returned with every problem found. */
export function validateEventFile(file: string, raw: unknown) {
  return validateCollection<AnyEventFeature>(file, raw, eventSchemaFor);
}

/** Validates one boundaries file feature by feature. */
export function validateBoundaryFile(file: string, raw: unknown) {
  return validateCollection<BoundaryFeature>(file, raw, () => BoundaryFeatureSchema);
}
