import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";

/** Sea as background, India and Pakistan in the land colour, their neighbours a shade darker, country outlines. */
export function landLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.water, type: "background", paint: { "background-color": theme.water } },
    {
      id: LAYER.countries,
      type: "fill",
      source: SOURCE.countries,
      paint: {
        // The two parties' territory stands out from the neighbours the events never reach.
        "fill-color": ["match", ["get", "name"], ["India", "Pakistan"], theme.land, theme.foreignLand],
      },
    },
    {
      id: LAYER.countryLines,
      type: "line",
      source: SOURCE.countries,
      // The India–Pakistan line itself is drawn by the boundaries layer, with its kind.
      paint: { "line-color": theme.countryLine, "line-width": 0.8 },
    },
  ];
}
