import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { EventFeature } from "../schemas/event";
import { FACETS, type FacetKey, type FacetTable } from "../events/event-facets";

/**
 * The flat properties the map's expressions read (nested objects do not survive into vector tiles):
 * a few fields for labels and selection, and one property per filter dimension, named after it.
 */
export type MapEventProperties = {
  id: string;
  date: string;
  place: string;
  title: string;
  precision: string;
} & Record<FacetKey, string>;

export type MapEventFeature = Feature<Geometry, MapEventProperties>;

/** A multi-valued dimension as `|a|b|`, so `["in", "|a|", …]` finds one value and never a prefix of another. */
export const encodeMulti = (values: readonly string[]) => `|${values.join("|")}|`;

/** One event as the map holds it. */
export function toMapFeature({ geometry, properties: p }: EventFeature, table: FacetTable = FACETS): MapEventFeature {
  const facets = Object.fromEntries(
    Object.entries(table).map(([key, facet]) => {
      const values = facet.values(p);
      return [key, facet.multi ? encodeMulti(values) : (values[0] ?? "")];
    }),
  ) as Record<FacetKey, string>;
  return { type: "Feature", geometry, properties: { id: p.id, date: p.date, place: p.place.name, title: p.title, precision: p.precision, ...facets } };
}

/** Turns validated events into the GeoJSON the events source holds (see map-events.ts for when it holds all of them). */
export function toMapFeatures(events: readonly EventFeature[]): FeatureCollection<Geometry, MapEventProperties> {
  return { type: "FeatureCollection", features: events.map((e) => toMapFeature(e)) };
}
