import * as turf from "@turf/turf";
import type { EventFeature } from "../schemas/event";
import type { DataIssue } from "./validate";
import { PERIOD, REGION } from "./coverage";
import { contestedFieldProblems } from "./contested-fields";

export interface LocatedEvent {
  file: string;
  feature: EventFeature;
}

/**
 * Checks that need the whole dataset or its coverage (ids unique across files, dates inside the period,
 * conflict events inside the region), and that no top-level field asserts a fact the event lists as contested.
 */
export function checkIntegrity(events: readonly LocatedEvent[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, string>();
  const [w, s, e, n] = REGION;
  for (const { file, feature } of events) {
    const p = feature.properties;
    const at = { file, feature: `"${p.id}"` };
    const first = seen.get(p.id);
    if (first) issues.push({ ...at, field: "properties.id", message: `duplicate id, first used in ${first}` });
    else seen.set(p.id, file);
    if (p.date < PERIOD.first || p.date > PERIOD.last)
      issues.push({ ...at, field: "properties.date", message: `${p.date} is outside ${PERIOD.first}–${PERIOD.last}` });
    if (p.depth)
      issues.push({ ...at, field: "properties.depth", message: "is computed when the data loads; remove it from the file" });
    if (p.kind !== "diplomatic") {
      const [fw, fs, fe, fn] = turf.bbox(feature);
      if (fw < w || fe > e || fs < s || fn > n)
        issues.push({ ...at, field: "geometry.coordinates", message: `outside the region ${REGION.join(",")}` });
    }
    for (const problem of contestedFieldProblems(p)) issues.push({ ...at, ...problem });
  }
  return issues;
}
