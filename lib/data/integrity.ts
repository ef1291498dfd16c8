import * as turf from "@turf/turf";
import type { AnyEventFeature } from "../schemas/imported-event";
import type { Dataset } from "../schemas/dataset";
import type { DataIssue } from "./validate";
import { REGION_EXEMPT_KINDS } from "./coverage";
import { contestedFieldProblems } from "./contested-fields";

export interface LocatedEvent {
  file: string;
  feature: AnyEventFeature;
}

/** What the coverage checks read from the manifest. */
export type Coverage = Pick<Dataset, "period" | "region" | "sides" | "kinds" | "timeZones">;

/**
 * Checks that need the whole dataset or its manifest: ids unique across files, dates inside the
 * period, conflict events inside the region, and actors, kinds and UTC offsets that the manifest lists;
 * and that no top-level field asserts a fact the event lists as contested.
 */
export function checkIntegrity(events: readonly LocatedEvent[], coverage: Coverage): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, string>();
  const { period, region } = coverage;
  const [w, s, e, n] = region;
  const sides = coverage.sides.map((x) => x.id);
  const offsets = coverage.timeZones.map((t) => t.offset);
  for (const { file, feature } of events) {
    const p = feature.properties;
    const at = { file, feature: `"${p.id}"` };
    const first = seen.get(p.id);
    if (first) issues.push({ ...at, field: "properties.id", message: `duplicate id, first used in ${first}` });
    else seen.set(p.id, file);
    if (p.date < period.first || p.date > period.last)
      issues.push({ ...at, field: "properties.date", message: `${p.date} is outside ${period.first}–${period.last} (dataset.json period)` });
    if (p.depth)
      issues.push({ ...at, field: "properties.depth", message: "is computed when the data loads; remove it from the file" });
    if (!sides.includes(p.actor))
      issues.push({ ...at, field: "properties.actor", message: `"${p.actor}" is not one of the sides in dataset.json (${sides.join(", ")})` });
    if (!coverage.kinds.includes(p.kind))
      issues.push({ ...at, field: "properties.kind", message: `"${p.kind}" is not one of the kinds in dataset.json` });
    const offset = p.time?.slice(5);
    if (offset && !offsets.includes(offset))
      issues.push({ ...at, field: "properties.time", message: `UTC offset ${offset} is not one of the time zones in dataset.json (${offsets.join(", ")})` });
    if (!REGION_EXEMPT_KINDS.includes(p.kind)) {
      const [fw, fs, fe, fn] = turf.bbox(feature);
      if (fw < w || fe > e || fs < s || fn > n)
        issues.push({ ...at, field: "geometry.coordinates", message: `outside the region ${region.join(",")} (dataset.json region)` });
    }
    for (const problem of contestedFieldProblems(p)) issues.push({ ...at, ...problem });
  }
  return issues;
}
