import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";
import { DETAIL_AT_ZOOM } from "./boundary-labels";

/** Zoom from which a river of each rank is drawn and named: the treaty rivers from the opening view. */
const RIVER_MINZOOM = { 1: 3, 2: 4.5, 3: 6 } as const;
const RIVER_LABEL_MINZOOM = { 1: 4, 2: 6, 3: 24 } as const;

const byRank = (table: Record<1 | 2 | 3, number>) => ["match", ["get", "rank"], 1, table[1], 2, table[2], table[3]];

/** Lakes and rivers, the six Indus Waters Treaty rivers widest; names along the line. */
export function waterLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.lakes, type: "fill", source: SOURCE.lakes, paint: { "fill-color": theme.water } },
    {
      id: LAYER.rivers,
      type: "line",
      source: SOURCE.rivers,
      filter: [">=", ["zoom"], byRank(RIVER_MINZOOM)] as never,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": theme.river,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, byRank({ 1: 1.3, 2: 0.8, 3: 0.5 }), 8, byRank({ 1: 2.6, 2: 1.6, 3: 1 })] as never,
      },
    },
  ];
}

/** River and lake names, drawn under every other label: they give way first. */
export function waterLabelLayers(theme: Theme): LayerSpecification[] {
  const halo = { "text-halo-color": theme.textHalo, "text-halo-width": 1.2 };
  return [
    {
      id: LAYER.riverLabels,
      type: "symbol",
      // Along smoothed copies of the rivers (label-lines.geojson): the drawn lines bend too often for a name.
      source: SOURCE.labelLines,
      filter: [
        "all",
        ["==", ["get", "kind"], "river"],
        [">=", ["zoom"], byRank(RIVER_LABEL_MINZOOM)],
        // Only the treaty rivers have the closest copy (detail 4); the others keep detail 3.
        ["==", ["get", "detail"], ["min", DETAIL_AT_ZOOM, ["match", ["get", "rank"], 1, 4, 3]]],
      ] as never,
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 280,
        "symbol-sort-key": ["get", "rank"],
        "text-field": ["get", "name"],
        "text-font": [FONT.italic],
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, 10.5, 8, 12.5],
        "text-letter-spacing": 0.05,
        "text-max-angle": 90,
        "text-offset": [0, -0.6],
      },
      paint: { "text-color": theme.riverText, ...halo },
    },
    {
      id: LAYER.lakeLabels,
      type: "symbol",
      source: SOURCE.lakes,
      minzoom: 6.5,
      filter: ["has", "name"],
      layout: { "text-field": ["get", "name"], "text-font": [FONT.italic], "text-size": 11, "text-max-width": 7 },
      paint: { "text-color": theme.riverText, ...halo },
    },
  ];
}
