/**
 * Country and region names, each placed by hand where it reads best inside its area at the zooms the
 * map is used at (the tests check that every point lies inside the unit it names). Region names follow
 * the neutral, descriptive usage of international outlets ("Indian-administered Kashmir",
 * "Pakistan-administered Kashmir"); the second line says who administers and who claims.
 */
import { COORD_DECIMALS } from "../../lib/basemap/config";
import type { PlaceLabelCollection, PlaceLabelFeature } from "../../lib/basemap/political-schemas";

type Label = PlaceLabelFeature["properties"] & { at: [number, number] };

export const PLACE_LABELS: Label[] = [
  { kind: "country", name: "India", rank: 1, note: null, at: [76.9, 25.3] },
  { kind: "country", name: "Pakistan", rank: 1, note: null, at: [69.6, 29.0] },
  { kind: "country", name: "Afghanistan", rank: 1, note: null, at: [66.6, 33.6] },
  { kind: "country", name: "China", rank: 1, note: null, at: [81.5, 36.6] },
  { kind: "country", name: "Iran", rank: 1, note: null, at: [59.2, 30.0] },
  { kind: "country", name: "Nepal", rank: 1, note: null, at: [83.4, 28.5] },
  { kind: "country", name: "Tajikistan", rank: 1, note: null, at: [70.6, 38.7] },
  { kind: "region", name: "Indian-administered Kashmir", rank: 1, note: "claimed by Pakistan", at: [76.3, 33.7] },
  { kind: "region", name: "Pakistan-administered Kashmir", rank: 1, note: "claimed by India", at: [74.35, 35.5] },
  { kind: "region", name: "Aksai Chin", rank: 1, note: "administered by China, claimed by India", at: [79.2, 35.2] },
  { kind: "region", name: "Shaksgam Valley", rank: 2, note: "administered by China, claimed by India", at: [76.7, 36.05] },
  { kind: "region", name: "Siachen Glacier", rank: 2, note: "claimed by India and Pakistan", at: [77.15, 35.4] },
  { kind: "region", name: "Demchok", rank: 2, note: "administered by India, claimed by China", at: [79.3, 32.75] },
];

export function buildPlaceLabels(): PlaceLabelCollection {
  const round = (v: number) => Math.round(v * 10 ** COORD_DECIMALS) / 10 ** COORD_DECIMALS;
  return {
    type: "FeatureCollection",
    features: PLACE_LABELS.map(({ at, ...properties }) => ({
      type: "Feature",
      properties,
      geometry: { type: "Point", coordinates: at.map(round) as [number, number] },
    })),
  };
}
