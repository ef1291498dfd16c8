import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import { FACETS, type FacetTable } from "../events/event-facets";
import { encodeMulti } from "./map-features";
import { OPEN_TO, UNFILTERED } from "./global-state";

// Nested expression literals checked against MapLibre's expression union types take TypeScript
// minutes; they are built as plain arrays and checked by the style-spec validator in the tests instead.
type Json = string | number | boolean | Json[];
const expr = (e: Json[]) => e as unknown as ExpressionSpecification;
const gs = (name: string): Json[] => ["global-state", name];

/**
 * The first and last day of the `days` global state (`YYYY-MM-DD/YYYY-MM-DD`, open ends as dates before
 * and after every event). Dates are YYYY-MM-DD, so string order is date order.
 */
const FROM: Json[] = ["slice", gs("days"), 0, 10];
const TO: Json[] = ["slice", gs("days"), 11, 21];

/**
 * One facet of the rule in `events/event-rule.ts`: the event's value is among the selected ones, or, for
 * a multi-valued facet, the facet is unfiltered or any of its values is selected (tested option by option,
 * as `|value|` inside `|a|b|`).
 */
function facetMatch(key: string, { multi, options }: FacetTable[string]): Json[] {
  if (!multi) return ["in", ["get", key], gs(key)];
  return ["any", ["in", UNFILTERED, gs(key)], ...options.map((v): Json[] => ["all", ["in", v, gs(key)], ["in", encodeMulti([v]), ["get", key]]])];
}

/**
 * `matchesEvent` as a MapLibre expression over the flat properties of `toMapFeature`, reading the global
 * state. Generated from the same facet table as the JS predicate; a property test checks that they agree.
 */
export function eventFilterExpression(facets: FacetTable = FACETS) {
  const parts = Object.entries(facets).map(([key, facet]) => facetMatch(key, facet));
  return expr(["all", [">=", ["get", "date"], FROM], ["<=", ["get", "date"], TO], ...parts]) as FilterSpecification & ExpressionSpecification;
}

/** Events the reader's filters and day range let through. */
export const EVENT_FILTER = eventFilterExpression();

/** 1 for the last day shown (or every day), less for earlier days shown in cumulative mode. */
export const DAY_OPACITY = expr(["case", ["any", ["==", TO, OPEN_TO], ["==", ["get", "date"], TO]], 1, 0.35]);

export const IS_SELECTED = expr(["==", ["get", "id"], gs("selected")]);
export const IS_HOVERED = expr(["==", ["get", "id"], gs("hovered")]);
/** The terror attack that set off the escalation is drawn larger than any other event. */
export const IS_EMPHASISED = expr(["==", ["get", "kind"], "terror_attack"]);

/** Symbols while the shown events are few enough to read one by one; plain dots past that (see `dense`). */
export const SHOW_SYMBOLS = expr(["case", gs("dense"), "none", "visible"]);
export const SHOW_DOTS = expr(["case", gs("dense"), "visible", "none"]);
