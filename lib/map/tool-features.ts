import type { FeatureCollection } from "geojson";
import { measurePath } from "../geo/measure";
import { rangeRings } from "../geo/range-rings";
import { DEFAULT_RADII, type UrlState } from "../url-state";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** `1,234.5 km`: lengths to a tenth of a kilometre, grouped for reading. */
export function formatKm(km: number): string {
  return `${km.toLocaleString("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;
}

export function ringFeatures(s: Pick<UrlState, "rings" | "radii">): FeatureCollection {
  return s.rings ? rangeRings(s.rings, s.radii ?? DEFAULT_RADII) : EMPTY;
}

/** The path, its points, and the total written beside the last point. */
export function measureFeatures(points: UrlState["measure"]): FeatureCollection {
  if (!points || points.length === 0) return EMPTY;
  const { line, totalKm } = measurePath(points);
  return {
    type: "FeatureCollection",
    features: [
      ...(line ? [line] : []),
      ...points.map((coordinates, i) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates },
        properties: i === points.length - 1 && line ? { label: formatKm(totalKm) } : {},
      })),
    ],
  };
}
