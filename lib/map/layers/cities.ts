import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";
import { SPRITE_IMAGES } from "../sprite-images";

/** Zoom at which a city of each rank may appear: capitals and megacities first, small towns when zoomed in. */
const RANK_MINZOOM: Record<number, number> = { 1: 0, 2: 4.5, 3: 6 };

const visibleAtZoom: ["all", ...unknown[]] = [
  "all",
  ...Object.entries(RANK_MINZOOM).map(([rank, z]) => ["any", ["!=", ["get", "rank"], Number(rank)], [">=", ["zoom"], z]]),
];

/**
 * Cities as one symbol each, marker and name together: where the name does not fit, the marker goes too,
 * so no unnamed dot is left for the reader to guess at. Capitals get a ring, and win collisions.
 */
export function cityLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER.cities,
      type: "symbol",
      source: SOURCE.cities,
      filter: visibleAtZoom as never,
      layout: {
        "icon-image": ["match", ["get", "rank"], 1, SPRITE_IMAGES.capital.name, SPRITE_IMAGES.dot.name],
        "icon-size": ["match", ["get", "rank"], 1, 1, 2, 1, 0.85],
        "text-field": ["get", "name"],
        "text-font": [FONT.regular],
        "text-size": ["match", ["get", "rank"], 1, 13.5, 2, 12, 11],
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 0.55,
        "text-justify": "auto",
        "symbol-sort-key": ["get", "rank"],
      },
      paint: {
        "icon-color": theme.cityDot,
        "icon-halo-color": theme.textHalo,
        "icon-halo-width": 1.5,
        "text-color": theme.cityText,
        "text-halo-color": theme.textHalo,
        "text-halo-width": 1.5,
      },
    },
  ];
}
