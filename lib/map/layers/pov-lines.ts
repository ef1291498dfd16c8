import type { LayerSpecification } from "maplibre-gl";
import type { Pov } from "../../pov/pov";
import type { PovLineKind } from "../../pov/schemas";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";

/** Dash per kind of line (line-dasharray cannot be data-driven, so each dashed kind is its own layer). */
const DASH: Record<PovLineKind, number[] | undefined> = {
  claim: [2, 2],
  india_claim: undefined,
  pakistan_claim: undefined,
  // Red dotted, as Pakistan's map draws its line of control.
  pakistan_loc: [0.8, 1.8],
  frontier_undefined: [0.5, 2.5],
  region: [3, 1.5],
};

function colour(theme: Theme, kind: PovLineKind): string {
  if (kind === "pakistan_loc") return theme.boundary.loc;
  return kind === "india_claim" || kind === "pakistan_claim" ? theme.pov.viewBorder : theme.pov.claimLine;
}

/**
 * The lines a point of view adds to the de facto ones (geodata/basemap/pov/lines.geojson): claim lines in
 * the international view, India's or Pakistan's own boundary where it departs from the line on the
 * ground, Pakistan's line from NJ9842 to the Karakoram Pass and the frontier it marks undefined. Only the
 * chosen view's lines are drawn; their names run along them.
 */
export function povLineLayers(theme: Theme, pov: Pov): LayerSpecification[] {
  const lines = (Object.keys(DASH) as PovLineKind[]).map(
    (kind): LayerSpecification => ({
      id: `${LAYER.povLines}-${kind}`,
      type: "line",
      source: SOURCE.povLines,
      filter: ["all", ["==", ["get", "view"], pov], ["==", ["get", "kind"], kind]],
      layout: { "line-join": "round", "line-cap": DASH[kind] && DASH[kind]![0]! < 1 ? "round" : "butt" },
      paint: {
        "line-color": colour(theme, kind),
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, kind === "claim" || kind === "region" ? 0.8 : 1.4, 9, kind === "claim" || kind === "region" ? 1.6 : 2.6],
        ...(DASH[kind] ? { "line-dasharray": DASH[kind] } : {}),
      },
    }),
  );
  return [
    ...lines,
    {
      id: LAYER.povLineLabels,
      type: "symbol",
      source: SOURCE.povLines,
      minzoom: 5,
      filter: ["all", ["==", ["get", "view"], pov], ["!=", ["get", "name"], ""]],
      layout: {
        "symbol-placement": "line",
        "text-field": ["get", "name"],
        "text-font": [FONT.regular],
        "text-size": 11,
        "text-offset": [0, 0.9],
        "symbol-spacing": 300,
      },
      paint: { "text-color": theme.pov.regionText, "text-halo-color": theme.textHalo, "text-halo-width": 1.5 },
    },
  ];
}

/** Ids of every layer povLineLayers makes, for toggles and tests. */
export const POV_LINE_LAYER_IDS = [...(Object.keys(DASH) as PovLineKind[]).map((k) => `${LAYER.povLines}-${k}`), LAYER.povLineLabels];
