import type { EventFeature } from "../schemas/event";
import { ActorSchema, type Actor } from "../schemas/parties";
import type { UrlState } from "../url-state";
import { facetCounts } from "./facet-counts";
import { actorFilterLabel } from "./attribution-text";

/**
 * The actor filter's labels: "Pakistan (incl. 5 claimed or disputed)". Ticking an actor lets through the
 * events only claimed or disputed to be that side's, so the label counts them, under the same day and
 * other filters as the count shown beside it.
 */
export function actorFilterLabels(events: readonly EventFeature[], state: UrlState, names?: Readonly<Record<Actor, string>>): Record<Actor, string> {
  const notEstablished = events.filter((e) => e.properties.attribution === "claimed" || e.properties.attribution === "disputed");
  const counts = facetCounts(notEstablished, state, "actor");
  return Object.fromEntries(ActorSchema.options.map((a) => [a, actorFilterLabel(a, counts[a] ?? 0, names)])) as Record<Actor, string>;
}
