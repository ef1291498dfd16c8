import type { LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";
import { hatchImageName } from "../sprite-images";

/**
 * Natural Earth's disputed areas, hatched over their tint: the reader sees at once which ground is
 * claimed by more than one country. Their names are region labels (place-labels.ts).
 */
export function disputedLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER.disputedHatch,
      type: "fill",
      source: SOURCE.disputed,
      paint: { "fill-pattern": hatchImageName(theme.name), "fill-opacity": ["interpolate", ["linear"], ["zoom"], 4, 0.7, 8, 1] },
    },
  ];
}
