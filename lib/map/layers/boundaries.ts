import type { LayerSpecification } from "maplibre-gl";
import type { BoundaryKind } from "../../schemas/boundary";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";

/** Dash patterns cannot be data-driven, so each kind of line is its own layer. */
export const BOUNDARY_DASH: Record<BoundaryKind, number[] | undefined> = {
  loc: [3, 2],
  working_boundary: [4, 1.5, 1, 1.5],
  international_border: undefined,
};

export const BOUNDARY_LINE_LAYERS: Record<BoundaryKind, string> = {
  loc: `${LAYER.boundaryLines}-loc`,
  working_boundary: `${LAYER.boundaryLines}-wb`,
  international_border: `${LAYER.boundaryLines}-ib`,
};

/**
 * The Line of Control (dashed), the Working Boundary (dash-dot) and the international border (solid).
 * Their names along the lines are drawn by boundary-labels.ts.
 */
export function boundaryLayers(theme: Theme): LayerSpecification[] {
  const lines = (Object.keys(BOUNDARY_DASH) as BoundaryKind[]).map(
    (kind): LayerSpecification => ({
      id: BOUNDARY_LINE_LAYERS[kind],
      type: "line",
      source: SOURCE.boundaries,
      filter: ["==", ["get", "kind"], kind],
      layout: { "line-join": "round" },
      paint: {
        "line-color": theme.boundary[kind],
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, kind === "international_border" ? 1.4 : 2, 9, 3.5],
        ...(BOUNDARY_DASH[kind] ? { "line-dasharray": BOUNDARY_DASH[kind] } : {}),
      },
    }),
  );
  return lines;
}

/** Every layer id the boundaries toggle shows or hides, the names along the lines included. */
export const BOUNDARY_LAYER_IDS = [...Object.values(BOUNDARY_LINE_LAYERS), LAYER.boundaryLabels];
