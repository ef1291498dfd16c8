import type { EventFeature } from "../schemas/event";
import type { DayRange } from "./frame-info";
import { filterPhrases, type ExportFilters } from "./filter-words";

/**
 * The events shown as a GeoJSON FeatureCollection whose foreign members say what it is: the data
 * version, the days and the filters (as given and in words), so a file found later explains itself.
 */
export function eventsToGeoJson(events: readonly EventFeature[], meta: { dataVersion: string; range: DayRange; mode: "day" | "cumulative" | "all"; filters: ExportFilters; permalink: string }): string {
  const { actor, kind, verification, attribution } = meta.filters;
  return JSON.stringify(
    {
      type: "FeatureCollection",
      dataVersion: meta.dataVersion,
      days: { ...meta.range, mode: meta.mode },
      filters: { actor: actor ?? null, kind: kind ?? null, verification: verification ?? null, attribution: attribution ?? null, inWords: filterPhrases(meta.filters) },
      permalink: meta.permalink,
      features: events,
    },
    null,
    2,
  );
}
