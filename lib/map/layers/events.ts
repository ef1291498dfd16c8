import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";
import { DAY_OPACITY, EVENT_FILTER, IS_EMPHASISED, IS_HOVERED, IS_SELECTED } from "../event-filter";
import { eventIconExpression } from "../icons/icon-names";

/**
 * Events as symbols: the shape says the kind, the colour the actor, the fill the verification
 * (solid = confirmed, faint = reported, hollow = claimed, dashed = disputed, struck through = denied).
 * A ring beneath marks the hovered and the selected event.
 */
export function eventLayers(theme: Theme): LayerSpecification[] {
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
      id: LAYER.events,
      type: "symbol",
      source: SOURCE.events,
      filter: EVENT_FILTER,
      layout: {
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

/** The events' place names are drawn by event-labels.ts; the labels toggle shows or hides them. */
export const EVENT_LABEL_LAYER_IDS = [LAYER.eventLabels];
