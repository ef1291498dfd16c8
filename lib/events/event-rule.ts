import type { EventProperties } from "../schemas/event";
import { FACETS, type AnyFilter, type FacetTable } from "./event-facets";

/** Inclusive date bounds as YYYY-MM-DD; an absent bound is open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** The days a reader sees: one day, everything up to a day (cumulative), or every day (no day chosen). */
export function dayRangeOf(day: string | undefined, cumulative: boolean): DayRange {
  if (!day) return {};
  return cumulative ? { to: day } : { from: day, to: day };
}

/** True when the date lies in the range; dates are YYYY-MM-DD strings, so string order is date order. */
export function inDayRange(date: string, { from, to }: DayRange): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/**
 * The event filter's JS form: for every facet (but `skip`) that is filtered, one of the event's values
 * is selected. The MapLibre form is generated from the same table in `map/event-filter.ts`.
 */
export function matchesFilter(p: EventProperties, filter: AnyFilter, skip?: string, facets: FacetTable = FACETS): boolean {
  for (const key in facets) {
    const selected = filter[key];
    if (key === skip || !selected) continue;
    if (!facets[key]!.values(p).some((v) => selected.includes(v))) return false;
  }
  return true;
}

/** The whole rule the map draws by: the filter and the day range. */
export function matchesEvent(p: EventProperties, filter: AnyFilter, range: DayRange, facets: FacetTable = FACETS): boolean {
  return inDayRange(p.date, range) && matchesFilter(p, filter, undefined, facets);
}
