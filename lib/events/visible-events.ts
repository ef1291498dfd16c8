import type { EventFeature } from "../schemas/event";
import type { EventsQuery } from "../schemas/query";
import type { UrlState } from "../url-state";
import { filterEvents } from "./filter-events";

/** The events query equivalent to what the reader sees: the day (or up to it), and the filters. */
export function queryForView(s: Pick<UrlState, "day" | "mode" | "actor" | "kind" | "verification">): EventsQuery {
  const days = !s.day ? {} : s.mode === "cumulative" ? { to: s.day } : { date: s.day };
  return { ...days, actor: s.actor, kind: s.kind, verification: s.verification };
}

/** The events on the map for this state, in the same order as the data (by date and time). */
export function visibleEvents(
  events: readonly EventFeature[],
  s: Parameters<typeof queryForView>[0] & Partial<Pick<UrlState, "attribution">>,
): EventFeature[] {
  // Attribution is a reader's filter only (the API does not take it), so it applies after the query.
  return filterEvents(events, queryForView(s)).filter((e) => !s.attribution || s.attribution.includes(e.properties.attribution));
}
