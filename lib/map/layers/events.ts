import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { VerificationStatus } from "../../schemas/event";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";
import { DAY_OPACITY, EVENT_FILTER, IS_EMPHASISED, IS_HOVERED, IS_SELECTED, SHOW_DOTS, SHOW_SYMBOLS } from "../event-filter";
import { eventIconExpression } from "../icons/icon-names";
import { VERIFICATION_STATUSES } from "../../schemas/values";

/**
 * Past this many shown events the map draws plain dots and no place names: thousands of icons overlap
 * into a carpet anyway, their labels cost long tasks at every step, and MapLibre's symbol placement fails
 * beyond about 64,000 icons in one tile.
 */
export const DENSE_THRESHOLD = 2_000;

/** How a dot shows verification when symbols give way to dots; the legend draws the same table. */
export const DOT_STYLE: Record<VerificationStatus, { filled: boolean; fillOpacity: number; strokeWidth: number; strokeOpacity: number }> = {
  confirmed: { filled: true, fillOpacity: 1, strokeWidth: 0.75, strokeOpacity: 1 },
  reported: { filled: true, fillOpacity: 0.4, strokeWidth: 1, strokeOpacity: 1 },
  claimed: { filled: false, fillOpacity: 1, strokeWidth: 1.5, strokeOpacity: 1 },
  disputed: { filled: false, fillOpacity: 1, strokeWidth: 3, strokeOpacity: 1 },
  denied: { filled: false, fillOpacity: 1, strokeWidth: 1.25, strokeOpacity: 0.45 },
};

type Json = string | number | boolean | Json[];
const expr = (e: Json[]) => e as unknown as ExpressionSpecification;
const byStatus = (value: (s: VerificationStatus) => string | number) =>
  expr(["match", ["get", "verification"], ...VERIFICATION_STATUSES.flatMap((s) => [s, value(s)]), value("confirmed")]);
/** The acting side's colour where who acted is established, the neutral grey of the symbols otherwise. */
const actorColour = (theme: Theme) =>
  expr([
    "case",
    ["==", ["get", "attribution"], "established"],
    ["match", ["get", "actor"], ...Object.entries(theme.actor).flat(), theme.actor.other],
    theme.actor.unknown,
  ]);

/**
 * Events as symbols: the shape says the kind, the colour the actor, the fill the verification
 * (solid = confirmed, faint = reported, hollow = claimed, dashed = disputed, struck through = denied).
 * Past DENSE_THRESHOLD shown events, dots coloured by actor, with the fill and ring saying the verification.
 * A ring beneath marks the hovered and the selected event.
 */
export function eventLayers(theme: Theme): LayerSpecification[] {
  const filled = byStatus((s) => (DOT_STYLE[s].filled ? "fill" : "hollow"));
  return [
    {
      id: LAYER.eventHalo,
      type: "circle",
      source: SOURCE.events,
      filter: ["all", EVENT_FILTER, ["any", IS_SELECTED, IS_HOVERED, IS_EMPHASISED]] as unknown as typeof EVENT_FILTER,
      paint: {
        "circle-radius": ["case", IS_SELECTED, 19, IS_EMPHASISED, 17, 15],
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-width": ["case", IS_SELECTED, 3, 2],
        "circle-stroke-color": ["case", IS_SELECTED, theme.selected, IS_HOVERED, theme.hover, theme.actor.militants],
        "circle-stroke-opacity": DAY_OPACITY,
      },
    },
    {
      id: LAYER.eventDots,
      type: "circle",
      source: SOURCE.events,
      filter: EVENT_FILTER,
      layout: { visibility: SHOW_DOTS as never },
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 3, 9, 6],
        "circle-color": expr(["case", ["==", filled as unknown as Json, "fill"], actorColour(theme) as unknown as Json, theme.hollowFill]),
        "circle-opacity": expr(["*", byStatus((s) => DOT_STYLE[s].fillOpacity) as unknown as Json, DAY_OPACITY as unknown as Json]),
        "circle-stroke-color": expr(["case", ["==", ["get", "verification"], "confirmed"], theme.textHalo, actorColour(theme) as unknown as Json]),
        "circle-stroke-width": byStatus((s) => DOT_STYLE[s].strokeWidth),
        "circle-stroke-opacity": expr(["*", byStatus((s) => DOT_STYLE[s].strokeOpacity) as unknown as Json, DAY_OPACITY as unknown as Json]),
      },
    },
    {
      id: LAYER.events,
      type: "symbol",
      source: SOURCE.events,
      filter: EVENT_FILTER,
      layout: {
        visibility: SHOW_SYMBOLS as never,
        "icon-image": eventIconExpression(theme.name),
        "icon-size": ["case", IS_EMPHASISED, 1.35, 1],
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        // Later, more severe events on top: sort by date so the latest day draws last.
        "symbol-sort-key": ["to-number", ["concat", ["slice", ["get", "date"], 5, 7], ["slice", ["get", "date"], 8, 10]]],
      },
      paint: { "icon-opacity": DAY_OPACITY },
    },
  ];
}

/** The events' place names are drawn by event-labels.ts; the labels toggle and dense mode hide them. */
export const EVENT_LABEL_LAYER_IDS = [LAYER.eventLabels];
