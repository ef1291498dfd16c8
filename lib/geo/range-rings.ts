import { circle, destination } from "@turf/turf";
import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import type { Position } from "../schemas/geometry";

/** What every ring and every ring label carries: the radius and its text, e.g. "100 km". */
export interface RangeRingProperties {
  radiusKm: number;
  label: string;
}
export type RangeRingFeature = Feature<Polygon | Point, RangeRingProperties>;

/** "100 km", "12.5 km": the radius to at most one decimal, without trailing zeros. */
export function rangeLabel(radiusKm: number): string {
  return `${Math.round(radiusKm * 10) / 10} km`;
}

/**
 * Geodesic range rings around `center` ([lon, lat]): for each radius a Polygon of `steps` vertices, each
 * `radiusKm` from the centre along a great circle (turf `circle`, on turf's 6371.0088 km sphere), then one
 * label Point per ring, due north of the centre on the ring. All rings come first, in the order given,
 * then all labels in the same order. Throws a RangeError for a radius that is not a positive finite number
 * or for fewer than 3 steps.
 */
export function rangeRings(
  center: Position,
  radiiKm: readonly number[],
  steps = 128,
): FeatureCollection<Polygon | Point, RangeRingProperties> {
  if (!Number.isInteger(steps) || steps < 3) throw new RangeError(`steps must be an integer ≥ 3, got ${steps}`);
  for (const r of radiiKm)
    if (!Number.isFinite(r) || r <= 0) throw new RangeError(`radius must be a positive number of km, got ${r}`);
  const props = (radiusKm: number): RangeRingProperties => ({ radiusKm, label: rangeLabel(radiusKm) });
  const units = "kilometers";
  const rings: RangeRingFeature[] = radiiKm.map((r) => circle(center, r, { steps, units, properties: props(r) }));
  // Bearing 0 is due north, the bearing of turf's first circle vertex, so the label sits on the ring.
  const labels: RangeRingFeature[] = radiiKm.map((r) => destination(center, r, 0, { units, properties: props(r) }));
  return { type: "FeatureCollection", features: [...rings, ...labels] };
}
