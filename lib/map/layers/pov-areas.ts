import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { Pov } from "../../pov/pov";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";

/** The style a piece has in the view, read from its `style_<view>` property (see lib/pov/schemas.ts). */
const styleOf = (pov: Pov): ExpressionSpecification => ["get", `style_${pov}`];

/**
 * Fills for the disputed and claimed areas (geodata/basemap/pov/areas.geojson), drawn over the basemap's
 * countries: marked disputed in the international view, tinted as the claimant's where a view draws an
 * area as part of a country that does not hold it, and Pakistan's single Jammu and Kashmir colour. Plain
 * pieces stay as the basemap draws them.
 */
export function povAreaLayers(theme: Theme, pov: Pov): LayerSpecification[] {
  const { pov: c } = theme;
  return [
    {
      id: LAYER.povFill,
      type: "fill",
      source: SOURCE.povAreas,
      filter: ["!=", styleOf(pov), "plain"],
      paint: {
        "fill-color": ["match", styleOf(pov), "disputed", c.disputed, "claimed", c.claimed, c.jk],
        // Translucent, so the basemap's land and water still read through and the tint says "contested".
        "fill-opacity": ["match", styleOf(pov), "disputed", 0.22, "claimed", 0.4, 0.38],
      },
    },
  ];
}
