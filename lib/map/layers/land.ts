import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";
import { TINTS } from "../../schemas/values";

/**
 * A fill by the `tint` property (india, pakistan, other, contested). Countries and disputed areas both
 * carry it, so a point of view that redraws who holds what recolours the map through the data alone.
 */
export function tintExpression(theme: Theme): ExpressionSpecification {
  return ["match", ["get", "tint"], ...TINTS.flatMap((t) => [t, theme.tint[t]]), theme.tint.other] as unknown as ExpressionSpecification;
}

/** Sea as background, each territory in its tint, country outlines. */
export function landLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.water, type: "background", paint: { "background-color": theme.water } },
    { id: LAYER.countries, type: "fill", source: SOURCE.countries, paint: { "fill-color": tintExpression(theme) } },
    {
      id: LAYER.countryLines,
      type: "line",
      source: SOURCE.countries,
      // The India–Pakistan line itself is drawn by the boundaries layer, with its kind.
      paint: { "line-color": theme.countryLine, "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 8, 1.2] },
    },
  ];
}
