import { FACET_KEYS, FACETS, type AnyFilter, type FacetKey, type FacetTable } from "../events/event-facets";
import type { DayRange } from "../events/event-rule";

/**
 * State the style reads through `["global-state", …]` expressions. Changing it re-filters and
 * re-styles the loaded data without touching the sources: a day step or filter change sends no request.
 * The facet lists are generated from the facet table, like the filter expression that reads them.
 */
export type MapGlobalState = {
  /** First and last day shown (YYYY-MM-DD), "" for an open end. */
  from: string;
  to: string;
  /** Too many events to read one by one: plain dots, no place names (see layers/events.ts). */
  dense: boolean;
  /** The reader wants place names beside the events. */
  labels: boolean;
  /** Id of the selected event, "" for none. */
  selected: string;
  /** Id of the event under the pointer, "" for none. */
  hovered: string;
} & Record<FacetKey, string[]>;

/**
 * Marks a facet as not filtered. An unfiltered facet lets every event through, even one with no value in
 * a multi-valued facet, which a list of every option would not; the expression tests for it first.
 */
export const UNFILTERED = "*";
const everything = (options: readonly string[]) => [UNFILTERED, ...options];

export const DEFAULT_GLOBAL_STATE: MapGlobalState = {
  from: "",
  to: "",
  dense: false,
  labels: true,
  selected: "",
  hovered: "",
  ...(Object.fromEntries(FACET_KEYS.map((k) => [k, everything(FACETS[k].options)])) as Record<FacetKey, string[]>),
};

/** The root `state` block of a style: the defaults the expressions start from. */
export function styleState(initial: MapGlobalState = DEFAULT_GLOBAL_STATE) {
  return Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, { default: v }]));
}

export interface MapDrawOptions {
  dense?: boolean;
  labels?: boolean;
  selected?: string;
}

/** What the map shows for a filter and a day range; `dense` when the shown events need dots. */
export function toMapGlobalState(filter: AnyFilter, range: DayRange, options: MapDrawOptions = {}, table: FacetTable = FACETS): MapGlobalState {
  const facets = Object.fromEntries(Object.entries(table).map(([k, f]) => [k, filter[k] ? [...filter[k]] : everything(f.options)]));
  return {
    ...(facets as Record<FacetKey, string[]>),
    from: range.from ?? "",
    to: range.to ?? "",
    dense: options.dense ?? false,
    labels: options.labels ?? true,
    selected: options.selected ?? "",
    hovered: "",
  };
}
