import type { EventFeature } from "../schemas/event";
import type { DayRange } from "./frame-info";
import { filterPhrases, type ExportFilters } from "./filter-words";

/**
 * The events shown as a GeoJSON FeatureCollection whose foreign members say what it is: the data
 * version, the days and the filters (as given and in words), so a file found later explains itself.
 */
export function eventsToGeoJson(events: readonly EventFeature[], meta: { dataVersion: string; boundaries?: string; range: DayRange; mode: "day" | "cumulative" | "all"; filters: ExportFilters; permalink: string; localNote?: string }): string {
  const { actor, kind, verification, attribution } = meta.filters;
  return JSON.stringify(
    {
      type: "FeatureCollection",
      dataVersion: meta.dataVersion,
      // The boundary point of view the map was drawn in; the events and their coordinates are the same in every view.
      ...(meta.boundaries && { boundaries: meta.boundaries }),
      days: { ...meta.range, mode: meta.mode },
      filters: { actor: actor ?? null, kind: kind ?? null, verification: verification ?? null, attribution: attribution ?? null, inWords: filterPhrases(meta.filters) },
      permalink: meta.permalink,
      // A file opened in the browser: the permalink opens the built-in data, not these events.
      ...(meta.localNote && { shownFrom: meta.localNote }),
      features: events,
    },
    null,
    2,
  );
}
