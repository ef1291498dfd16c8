import type { EventProperties } from "../schemas/event";
import { ACTORS, ATTRIBUTIONS, EVENT_KINDS, VERIFICATION_STATUSES } from "../schemas/values";

/**
 * A dimension a reader can filter events by. `values` lists what an event has in it; an event
 * matches a selection when any of its values is selected, so a dimension may hold several values
 * per event (`multi`), e.g. a side an event is attributed to and the sides that contest it.
 */
export interface Facet<V extends string = string> {
  options: readonly V[];
  values: (p: EventProperties) => readonly V[];
  /** True when an event can have more than one value; the map then stores them as `|a|b|`. */
  multi: boolean;
}

const facet = <V extends string>(options: readonly V[], values: (p: EventProperties) => readonly V[], multi = false): Facet<V> => ({
  options,
  values,
  multi,
});

/**
 * Every filter dimension, in the order the filter panel shows them. This table is the one definition
 * of the event filter: the JS predicate (`event-rule.ts`), the MapLibre expression (`map/event-filter.ts`),
 * the map's flat properties, the global state, facet counts and the URL keys are all generated from it,
 * so a new dimension is one entry here (plus its labels).
 */
export const FACETS = {
  verification: facet(VERIFICATION_STATUSES, (p) => [p.verification.status]),
  actor: facet(ACTORS, (p) => [p.actor]),
  kind: facet(EVENT_KINDS, (p) => [p.kind]),
  attribution: facet(ATTRIBUTIONS, (p) => [p.attribution]),
} as const;

/** Any table of facets; the app's is FACETS, tests add dimensions to check the generators. */
export type FacetTable = Readonly<Record<string, Facet>>;
/** A filter over any facet table: for each key the values let through; absent means every value. */
export type AnyFilter = Readonly<Partial<Record<string, readonly string[]>>>;

export type FacetKey = keyof typeof FACETS;
export type FacetValue<K extends FacetKey> = (typeof FACETS)[K]["options"][number];
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

/** The reader's filter: for each dimension the values let through; absent means every value. */
export type EventFilter = { [K in FacetKey]?: readonly FacetValue<K>[] };

/** True when any dimension is filtered: a value list is set for it, even one that lets every value through. */
export function isFiltered(filter: AnyFilter): boolean {
  return Object.values(filter).some((selected) => selected !== undefined);
}
