import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";
import { LABEL_LINE_DETAIL_ZOOMS } from "../../basemap/config";

/** The level of smoothing (label-lines.geojson `detail`) to follow at the current zoom: the most while zoomed out. */
export const DETAIL_AT_ZOOM = ["step", ["zoom"], 1, LABEL_LINE_DETAIL_ZOOMS[0], 2, LABEL_LINE_DETAIL_ZOOMS[1], 3];
const LABEL_LINE_DETAIL = ["==", ["get", "detail"], DETAIL_AT_ZOOM];

/**
 * The names of the Line of Control, the Working Boundary and the international border, written along
 * each line in its colour from the opening zoom. They follow the smoothed copies of the lines in
 * label-lines.geojson (with the `kind` and `name` of geodata/boundaries.geojson): along the real lines,
 * which bend at every pixel, MapLibre finds no place for a name.
 */
export function boundaryLabelLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER.boundaryLabels,
      type: "symbol",
      source: SOURCE.labelLines,
      minzoom: 3.5,
      filter: ["all", ["!=", ["get", "kind"], "river"], LABEL_LINE_DETAIL] as never,
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": ["interpolate", ["linear"], ["zoom"], 4, 220, 8, 450],
        "symbol-sort-key": ["match", ["get", "kind"], "loc", 0, "working_boundary", 1, 2],
        "text-field": ["get", "name"],
        "text-font": [FONT.bold],
        // The Working Boundary is barely longer than its name at the opening zoom: a smaller size lets it fit.
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, ["match", ["get", "kind"], "working_boundary", 8.5, 10], 8, 12.5],
        "text-max-angle": 60,
        "text-letter-spacing": 0.04,
        "text-offset": [0, -0.85],
      },
      paint: {
        "text-color": ["match", ["get", "kind"], "loc", theme.boundary.loc, "working_boundary", theme.boundary.working_boundary, theme.boundary.international_border],
        "text-halo-color": theme.textHalo,
        "text-halo-width": 1.6,
      },
    },
  ];
}
