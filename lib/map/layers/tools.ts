import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";

/** Geodesic range rings with their radii, and the measured path with its points and total length. */
export function toolLayers(theme: Theme): LayerSpecification[] {
  const halo = { "text-halo-color": theme.textHalo, "text-halo-width": 1.5 };
  return [
    {
      id: LAYER.rings,
      type: "line",
      source: SOURCE.rings,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "line-color": theme.tool, "line-width": 1.8, "line-dasharray": [2, 2] },
    },
    {
      id: LAYER.ringLabels,
      type: "symbol",
      source: SOURCE.rings,
      filter: ["==", ["geometry-type"], "Point"],
      layout: { "text-field": ["get", "label"], "text-font": [FONT.regular], "text-size": 12, "text-allow-overlap": true },
      paint: { "text-color": theme.tool, ...halo },
    },
    {
      id: LAYER.measureLine,
      type: "line",
      source: SOURCE.measure,
      filter: ["==", ["geometry-type"], "LineString"],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": theme.tool, "line-width": 3 },
    },
    {
      id: LAYER.measurePoints,
      type: "circle",
      source: SOURCE.measure,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 4, "circle-color": theme.textHalo, "circle-stroke-color": theme.tool, "circle-stroke-width": 2 },
    },
    {
      id: LAYER.measureLabel,
      type: "symbol",
      source: SOURCE.measure,
      filter: ["has", "label"],
      layout: {
        "text-field": ["get", "label"],
        "text-font": [FONT.regular],
        "text-size": 13,
        "text-anchor": "bottom-left",
        "text-offset": [0.4, -0.4],
        "text-allow-overlap": true,
      },
      paint: { "text-color": theme.tool, ...halo },
    },
  ];
}
