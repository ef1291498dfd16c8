import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import type { Pov } from "../../pov/pov";
import { boundaryNameField } from "./boundaries";
import { FONT, LAYER, SOURCE } from "../ids";
import { LABEL_LINE_DETAIL_ZOOMS } from "../../basemap/config";

/** The level of smoothing (label-lines.geojson `detail`) to follow at the current zoom: the most while zoomed out. */
export const DETAIL_AT_ZOOM = ["step", ["zoom"], 1, LABEL_LINE_DETAIL_ZOOMS[0], 2, LABEL_LINE_DETAIL_ZOOMS[1], 3, LABEL_LINE_DETAIL_ZOOMS[2], 4];
// The Working Boundary's level 3 copy keeps the sharp bend at Akhnoor, too sharp for its name: it goes
// from level 2 straight to level 4, where the line is long enough on screen for the name to fit between bends.
const LABEL_LINE_DETAIL = [
  "==",
  ["get", "detail"],
  ["match", ["get", "kind"], "working_boundary", ["step", ["zoom"], 1, LABEL_LINE_DETAIL_ZOOMS[0], 2, LABEL_LINE_DETAIL_ZOOMS[2], 4], DETAIL_AT_ZOOM],
];

/**
 * The names of the Line of Control, the Working Boundary and the international border, written along
 * each line in its colour from the opening zoom. They follow the smoothed copies of the lines in
 * label-lines.geojson (with the `kind` and `name` of geodata/boundaries.geojson): along the real lines,
 * which bend at every pixel, MapLibre finds no place for a name.
 */
export function boundaryLabelLayers(theme: Theme, pov: Pov = "international"): LayerSpecification[] {
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
        "text-field": boundaryNameField(pov),
        "text-font": [FONT.bold],
        // Small while zoomed out: the lines are only a few times longer than their names at the opening zoom.
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, 8.5, 5.5, 10, 8, 12.5],
        // The smoothed lines still turn; a name may follow a bend of up to 90° over its length.
        "text-max-angle": 90,
        "text-letter-spacing": 0.04,
        "text-offset": [0, -0.85],
      },
      paint: {
        "text-color": ["match", ["get", "kind"], "loc", theme.boundary.loc, "agpl", theme.boundary.agpl, "working_boundary", theme.boundary.working_boundary, theme.boundary.international_border],
        "text-halo-color": theme.textHalo,
        "text-halo-width": 1.6,
      },
    },
  ];
}
