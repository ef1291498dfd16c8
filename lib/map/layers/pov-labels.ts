import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { Pov } from "../../pov/pov";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";

/**
 * Names of the disputed regions as the chosen view gives them (geodata/basemap/pov/labels.geojson):
 * neutral by default ("Pakistan-administered Kashmir"), India's or Pakistan's official names otherwise
 * ("Pakistan-occupied Kashmir (PoK)", "Azad Jammu and Kashmir"). Bigger regions appear first.
 */
export function povLabelLayers(theme: Theme, pov: Pov): LayerSpecification[] {
  const field = `label_${pov}`;
  const upTo = (rank: number): ExpressionSpecification => ["case", ["<=", ["get", "rank"], rank], ["get", field], ""];
  return [
    {
      id: LAYER.povLabels,
      type: "symbol",
      source: SOURCE.povLabels,
      filter: ["!=", ["get", field], ""],
      layout: {
        // Only the large regions at low zoom; smaller ones appear as the reader zooms in.
        "text-field": ["step", ["zoom"], upTo(1), 5, upTo(2), 6, ["get", field]],
        "text-font": [FONT.regular],
        "text-size": ["match", ["get", "rank"], 1, 12, 2, 11, 10],
        "text-max-width": 9,
        "text-letter-spacing": 0.04,
        "symbol-sort-key": ["get", "rank"],
        // Regions are large: a label may shift off its anchor rather than vanish behind a city name.
        "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
        "text-radial-offset": 1.2,
      },
      paint: { "text-color": theme.pov.regionText, "text-halo-color": theme.textHalo, "text-halo-width": 1.4 },
    },
  ];
}
