/**
 * Country names, each placed by hand where it reads best inside its country at the zooms the map is used
 * at (the tests check that every point lies inside the unit it names). The disputed regions are not named
 * here: the boundary views' own labels (geodata/basemap/pov/labels.geojson) name them, in the neutral
 * terms of the methodology by default and in each side's terms in its view, so a second set would only
 * be built, tested and never drawn.
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
