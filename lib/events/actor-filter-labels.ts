import type { EventFeature } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import type { EventFilter } from "./event-facets";
import type { DayRange } from "./event-rule";
import { facetCounts } from "./facet-counts";
import { actorFilterLabel } from "./attribution-details";
import { ACTORS } from "../schemas/values";

/**
 * The actor filter's labels: "Pakistan (incl. 5 claimed or disputed)". Ticking an actor lets through the
 * events only claimed or disputed to be that side's, so the label counts them, under the same day and
 * other filters as the count shown beside it.
 */
export function actorFilterLabels(events: readonly EventFeature[], filter: EventFilter, range: DayRange, names?: Readonly<Record<Actor, string>>): Record<Actor, string> {
  const notEstablished = events.filter((e) => e.properties.attribution === "claimed" || e.properties.attribution === "disputed");
  const counts = facetCounts(notEstablished, filter, range, "actor");
  return Object.fromEntries(ACTORS.map((a) => [a, actorFilterLabel(a, counts[a] ?? 0, names)])) as Record<Actor, string>;
}
