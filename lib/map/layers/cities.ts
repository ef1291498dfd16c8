import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";

/** Zoom at which a city of each rank appears: capitals and megacities first, small towns when zoomed in. */
const RANK_MINZOOM: Record<number, number> = { 1: 0, 2: 5, 3: 6.5 };

const visibleAtZoom: ["all", ...unknown[]] = [
  "all",
  ...Object.entries(RANK_MINZOOM).map(([rank, z]) => ["any", ["!=", ["get", "rank"], Number(rank)], [">=", ["zoom"], z]]),
];

export function cityLayers(theme: Theme): LayerSpecification[] {
  const filter = visibleAtZoom as never;
  return [
    {
      id: LAYER.cityDots,
      type: "circle",
      source: SOURCE.cities,
      filter,
      paint: {
        "circle-radius": ["match", ["get", "rank"], 1, 3.5, 2, 2.8, 2.2],
        "circle-color": theme.cityDot,
        "circle-stroke-color": theme.textHalo,
        "circle-stroke-width": 1,
      },
    },
    {
      id: LAYER.cityLabels,
      type: "symbol",
      source: SOURCE.cities,
      filter,
      layout: {
        "text-field": ["get", "name"],
        "text-font": [FONT.regular],
        "text-size": ["match", ["get", "rank"], 1, 14, 2, 12.5, 11.5],
        "text-anchor": "left",
        "text-offset": [0.6, 0],
        "text-optional": true,
        "symbol-sort-key": ["get", "rank"],
      },
      paint: { "text-color": theme.cityText, "text-halo-color": theme.textHalo, "text-halo-width": 1.5 },
    },
  ];
}
