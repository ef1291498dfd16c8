import type { FeatureCollection, Geometry } from "geojson";
import type { EventFeature } from "../schemas/event";

/** The flat properties the map's expressions read; nested objects do not survive into vector tiles. */
export interface MapEventProperties {
  id: string;
  date: string;
  kind: string;
  actor: string;
  status: string;
  /** Drawn into the icon: an attribution that is not established never colours the symbol. */
  attribution: string;
  place: string;
  title: string;
  precision: string;
}

/** Turns validated events into the GeoJSON the events source holds; done once per data load. */
export function toMapFeatures(events: readonly EventFeature[]): FeatureCollection<Geometry, MapEventProperties> {
  return {
    type: "FeatureCollection",
    features: events.map(({ geometry, properties: p }) => ({
      type: "Feature",
      geometry,
      properties: {
        id: p.id,
        date: p.date,
        kind: p.kind,
        actor: p.actor,
        status: p.verification.status,
        attribution: p.attribution,
        place: p.place.name,
        title: p.title,
        precision: p.precision,
      },
    })),
  };
}
