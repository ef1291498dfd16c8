import type { EventFeature } from "../schemas/event";
import type { UrlState } from "../url-state";
import { visibleEvents } from "./visible-events";

type Facet = "actor" | "kind" | "verification" | "attribution";

const valueOf: Record<Facet, (e: EventFeature) => string> = {
  actor: (e) => e.properties.actor,
  kind: (e) => e.properties.kind,
  verification: (e) => e.properties.verification.status,
  attribution: (e) => e.properties.attribution,
};

/**
 * For each value of a facet, how many events would show if that value were ticked: the day and
 * the other facets' filters apply, this facet's own does not (the usual faceted-search rule).
 */
export function facetCounts(events: readonly EventFeature[], s: UrlState, facet: Facet): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of visibleEvents(events, { ...s, [facet]: undefined })) {
    const v = valueOf[facet](e);
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}
