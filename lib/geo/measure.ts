import { distance, lineString } from "@turf/turf";
import type { Feature, LineString } from "geojson";
import type { Position } from "../schemas/geometry";

export interface PathMeasure {
  /** Sum of the legs, km. */
  totalKm: number;
  /** Great-circle length of each leg (point i to point i + 1), km. */
  legs: number[];
  /** The path as a line carrying its total; null until it has two points. */
  line: Feature<LineString, { totalKm: number }> | null;
}

/**
 * Measures a path of [lon, lat] points leg by leg along great circles (turf `distance`, haversine on
 * turf's 6371.0088 km sphere). Fewer than two points give no legs, a total of 0 and no line. Unrounded:
 * rounding is the display's job. The input is not mutated.
 */
export function measurePath(points: readonly Position[]): PathMeasure {
  const legs = points.slice(1).map((b, i) => distance(points[i]!, b, { units: "kilometers" }));
  const totalKm = legs.reduce((sum, leg) => sum + leg, 0);
  const line = points.length >= 2 ? lineString(points.map((p) => [...p]), { totalKm }) : null;
  return { totalKm, legs, line };
}
