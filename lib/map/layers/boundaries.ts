import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { BoundaryKind } from "../../schemas/boundary";
import type { Pov } from "../../pov/pov";
import type { Theme } from "../theme";
import { LAYER, SOURCE } from "../ids";

/** Dash patterns cannot be data-driven, so each kind of line is its own layer. */
export const BOUNDARY_DASH: Record<BoundaryKind, number[] | undefined> = {
  // Dotted: a line held on the ground but never agreed, distinct from the LoC's dashes.
  agpl: [0.6, 1.6],
  loc: [3, 2],
  working_boundary: [4, 1.5, 1, 1.5],
  international_border: undefined,
};

export const BOUNDARY_LINE_LAYERS: Record<BoundaryKind, string> = {
  agpl: `${LAYER.boundaryLines}-agpl`,
  loc: `${LAYER.boundaryLines}-loc`,
  working_boundary: `${LAYER.boundaryLines}-wb`,
  international_border: `${LAYER.boundaryLines}-ib`,
};

/** The property holding a line's name in a point of view: India calls the Working Boundary the International Border. */
export function boundaryNameField(pov: Pov): ExpressionSpecification {
  return pov === "international" ? ["get", "name"] : ["get", `name_${pov}`];
}

/**
 * The de facto lines: Actual Ground Position Line (dotted), Line of Control (dashed), Working Boundary
 * (dash-dot) and international border (solid). The lines are the same in every point of view; their
 * names, which follow it, are drawn by boundary-labels.ts.
 */
export function boundaryLayers(theme: Theme): LayerSpecification[] {
  const lines = (Object.keys(BOUNDARY_DASH) as BoundaryKind[]).map(
    (kind): LayerSpecification => ({
      id: BOUNDARY_LINE_LAYERS[kind],
      type: "line",
      source: SOURCE.boundaries,
      filter: ["==", ["get", "kind"], kind],
      layout: { "line-join": "round", ...(kind === "agpl" ? { "line-cap": "round" } : {}) },
      paint: {
        "line-color": theme.boundary[kind],
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, kind === "international_border" ? 1.4 : 2, 9, 3.5],
        ...(BOUNDARY_DASH[kind] ? { "line-dasharray": BOUNDARY_DASH[kind] } : {}),
      },
    }),
  );
  return lines;
}

/** Every layer id the boundaries toggle shows or hides. */
export const BOUNDARY_LAYER_IDS = [...Object.values(BOUNDARY_LINE_LAYERS), LAYER.boundaryLabels];
