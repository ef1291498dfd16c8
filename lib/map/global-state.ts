import { FACET_KEYS, FACETS, type AnyFilter, type FacetKey, type FacetTable } from "../events/event-facets";
import type { DayRange } from "../events/event-rule";

/**
 * State the style reads through `["global-state", …]` expressions. Changing it re-filters and
 * re-styles the loaded data without a request; only with many events does a day step also change what
 * the events source holds (see map-events.ts).
 * The facet lists are generated from the facet table, like the filter expression that reads them.
 */
export type MapGlobalState = {
  /**
   * First and last day shown as one value, `YYYY-MM-DD/YYYY-MM-DD` (see `encodeDays`): one property, so a
   * day step is one change and MapLibre re-filters the events' tiles once, not once per bound.
   */
  days: string;
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

/** The bounds an open end stands for: before and after every date, so the expression needs no special case. */
export const OPEN_FROM = "0000-01-01";
export const OPEN_TO = "9999-12-31";

/** The day range as the `days` global state: two fixed-width dates, so the style can slice them apart. */
export function encodeDays(range: DayRange): string {
  return `${range.from ?? OPEN_FROM}/${range.to ?? OPEN_TO}`;
}

/** The day range a `days` value holds, open ends as undefined. */
export function decodeDays(days: string): DayRange {
  const [from, to] = days.split("/");
  return { ...(from && from !== OPEN_FROM && { from }), ...(to && to !== OPEN_TO && { to }) };
}
const everything = (options: readonly string[]) => [UNFILTERED, ...options];

export const DEFAULT_GLOBAL_STATE: MapGlobalState = {
  days: encodeDays({}),
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
    days: encodeDays(range),
    dense: options.dense ?? false,
    labels: options.labels ?? true,
    selected: options.selected ?? "",
    hovered: "",
  };
}
