import type { EventFeature } from "../schemas/event";
import { FACETS, type EventFilter, type FacetKey } from "./event-facets";
import { inDayRange, matchesFilter, type DayRange } from "./event-rule";

/**
 * For each value of a facet, how many events would show if that value were ticked: the day range and
 * the other facets' filters apply, this facet's own does not (the usual faceted-search rule).
 */
export function facetCounts(events: readonly EventFeature[], filter: EventFilter, range: DayRange, facet: FacetKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { properties: p } of events) {
    if (!inDayRange(p.date, range) || !matchesFilter(p, filter, facet)) continue;
    for (const v of new Set(FACETS[facet].values(p))) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}
