import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";

/** Zooms from which rank 1 and rank 2 names appear (rank 1 from the opening view, on a phone too). */
const RANK_MINZOOM = { 1: 3.5, 2: 6 } as const;
const visible = [">=", ["zoom"], ["match", ["get", "rank"], 1, RANK_MINZOOM[1], RANK_MINZOOM[2]]];

/**
 * Province and state names (small capitals, spaced) and country names (largest). Later layers win
 * collisions, so a country name beats a province name. Disputed regions are named by the boundary
 * view's own labels (pov-labels.ts), which name each area as the chosen view does.
 */
export function placeLabelLayers(theme: Theme): LayerSpecification[] {
  const halo = { "text-halo-color": theme.textHalo, "text-halo-width": 1.4 };
  return [
    {
      id: LAYER.provinceLabels,
      type: "symbol",
      source: SOURCE.provinces,
      filter: visible as never,
      layout: {
        "symbol-sort-key": ["get", "rank"],
        "text-field": ["upcase", ["get", "name"]],
        "text-font": [FONT.regular],
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, 9.5, 8, 12],
        "text-letter-spacing": 0.12,
        "text-max-width": 8,
      },
      paint: { "text-color": theme.provinceText, ...halo },
    },
    {
      id: LAYER.countryLabels,
      type: "symbol",
      source: SOURCE.placeLabels,
      filter: ["all", ["==", ["get", "kind"], "country"], visible] as never,
      layout: {
        "text-field": ["upcase", ["get", "name"]],
        "text-font": [FONT.bold],
        "text-size": ["interpolate", ["linear"], ["zoom"], 3, 12, 8, 20],
        "text-letter-spacing": 0.25,
        "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
        "text-radial-offset": 2,
      },
      paint: { "text-color": theme.countryText, ...halo },
    },
  ];
}
