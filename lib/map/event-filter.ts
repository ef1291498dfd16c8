import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";

// Nested expression literals checked against MapLibre's expression union types take TypeScript
// minutes; they are built as plain arrays and checked by the style-spec validator in the tests instead.
type Json = string | number | boolean | Json[];
const expr = (e: Json[]) => e as unknown as ExpressionSpecification;
const gs = (name: string): Json[] => ["global-state", name];

/**
 * The day rule: every day when no day is chosen; in cumulative mode everything up to the day;
 * otherwise the day alone. Dates are YYYY-MM-DD strings, so string order is date order.
 */
const DAY_MATCH: Json[] = [
  "any",
  ["==", gs("day"), ""],
  ["case", ["==", gs("mode"), "cumulative"], ["<=", ["get", "date"], gs("day")], ["==", ["get", "date"], gs("day")]],
];

/** Events the reader's filters (actor, kind, verification, attribution) and the day let through. */
export const EVENT_FILTER = expr([
  "all",
  ["in", ["get", "actor"], gs("actors")],
  ["in", ["get", "kind"], gs("kinds")],
  ["in", ["get", "status"], gs("statuses")],
  ["in", ["get", "attribution"], gs("attributions")],
  DAY_MATCH,
]) as FilterSpecification & ExpressionSpecification;

/** 1 for the chosen day's events, less for earlier days shown in cumulative mode. */
export const DAY_OPACITY = expr(["case", ["any", ["==", gs("day"), ""], ["==", ["get", "date"], gs("day")]], 1, 0.35]);

export const IS_SELECTED = expr(["==", ["get", "id"], gs("selected")]);
export const IS_HOVERED = expr(["==", ["get", "id"], gs("hovered")]);
/** The terror attack that set off the escalation is drawn larger than any other event. */
export const IS_EMPHASISED = expr(["==", ["get", "kind"], "terror_attack"]);
