import type { FeatureCollection } from "geojson";
import type { Position } from "../schemas/geometry";
import { countOf } from "../events/plural";
import { measurePath, type PathMeasure } from "./measure";
import { rangeRings } from "./range-rings";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** Ring radii when the reader has not chosen any, in km. */
export const DEFAULT_RADII_KM = [100, 300, 500];

/** `1,234.5 km`: lengths to a tenth of a kilometre, grouped for reading. */
export function formatKm(km: number): string {
  return `${km.toLocaleString("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;
}

/** The Measure tab's line: "Length: 267.8 km (1 leg, along great circles)", or that there is no path yet. */
export function pathLengthText({ legs, totalKm }: Pick<PathMeasure, "legs" | "totalKm">): string {
  if (legs.length === 0) return "No path yet.";
  return `Length: ${formatKm(totalKm)} (${countOf(legs.length, "leg")}, along great circles)`;
}

/** The range rings to draw: none without a centre. */
export function ringFeatures(centre: Position | undefined, radiiKm: readonly number[] = DEFAULT_RADII_KM): FeatureCollection {
  return centre ? rangeRings(centre, radiiKm) : EMPTY;
}

/** The path, its points, and the total written beside the last point. */
export function measureFeatures(points: readonly Position[] | undefined): FeatureCollection {
  if (!points || points.length === 0) return EMPTY;
  const { line, totalKm } = measurePath(points);
  return {
    type: "FeatureCollection",
    features: [
      ...(line ? [line] : []),
      ...points.map((coordinates, i) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates: [...coordinates] },
        properties: i === points.length - 1 && line ? { label: formatKm(totalKm) } : {},
      })),
    ],
  };
}
