import type { EventProperties } from "../schemas/event";
import type { EventCore } from "../schemas/imported-event";
import type { EventsQuery, TimelineQuery } from "../schemas/query";
import { bboxesIntersect, bboxOfGeometries } from "../geo/region";
import { FACET_KEYS, type EventFilter } from "./event-facets";
import { matchesEvent, type DayRange } from "./event-rule";

/** The filter part of an API query: its facet lists (`actor`, `kind`, `verification`, …). */
export function filterOfQuery(q: EventsQuery | TimelineQuery): EventFilter {
  const lists = q as Partial<Record<string, readonly string[]>>;
  return Object.fromEntries(FACET_KEYS.flatMap((k) => (lists[k] ? [[k, lists[k]]] : []))) as EventFilter;
}

/** The date part of an API query: `date`, or `from`/`to`. */
export function rangeOfQuery(q: EventsQuery | TimelineQuery): DayRange {
  if ("date" in q && q.date) return { from: q.date, to: q.date };
  return { from: "from" in q ? q.from : undefined, to: "to" in q ? q.to : undefined };
}

/**
 * Keeps the events that match every given criterion, by the same rule the map draws with
 * (`matchesEvent`), plus the bounding box (any part of the geometry inside, edges included).
 * An API query names only facets every event has (not attribution), so an imported event's core suffices.
 */
export function filterEvents<F extends EventCore>(features: readonly F[], q: EventsQuery | TimelineQuery): F[] {
  const filter = filterOfQuery(q);
  const range = rangeOfQuery(q);
  const inBox = (f: F) => {
    if (!q.bbox) return true;
    const box = bboxOfGeometries([f.geometry]);
    return box !== null && bboxesIntersect(box, q.bbox);
  };
  return features.filter((f) => matchesEvent(f.properties as EventProperties, filter, range) && inBox(f));
}
