import * as turf from "@turf/turf";
import type { Geometry } from "../schemas/geometry";

/** A point's own coordinates; the centroid of a line or area (rounded to 5 decimals, about 1 m). */
export function turfCentroid(geometry: Geometry): [number, number] {
  const [lon, lat] = geometry.type === "Point" ? geometry.coordinates : turf.centroid(geometry).geometry.coordinates;
  return [Number(lon!.toFixed(5)), Number(lat!.toFixed(5))];
}
