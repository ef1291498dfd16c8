import type { FeatureCollection, Geometry } from "geojson";
import type { EventIndex } from "../events/event-index";
import { inDayRange } from "../events/event-rule";
import { decodeDays } from "./global-state";
import { toMapFeature, type MapEventFeature, type MapEventProperties } from "./map-features";

export type MapEventCollection = FeatureCollection<Geometry, MapEventProperties>;

/**
 * The loaded events as the map takes them. With few events the live map's source holds them all and a day
 * step only changes the style's global state. With many, it holds only the days shown: MapLibre's worker
 * then tiles one day's events when a file opens, not 100,000, and a step replaces a day's worth of points.
 */
export interface MapEvents {
  /** Every loaded event (exports draw their frames from these); made on first use. */
  all(): MapEventCollection;
  /** What the live map's source holds while the style's `days` global state is `days`. */
  forDays(days: string): MapEventCollection;
  /** False: the source holds every event whatever the days, so a day step needs no look at them. */
  sliced: boolean;
}

/** More events than this and the source holds only the shown days, while those are no more than this many. */
export const SOURCE_DAYS_LIMIT = 5_000;

/** Built once per data load; features are made per day as the days are first shown, and kept. */
export function mapEventsOf(index: EventIndex, limit = SOURCE_DAYS_LIMIT): MapEvents {
  let all: MapEventCollection | undefined;
  const allEvents = () => (all ??= { type: "FeatureCollection", features: index.all.map((e) => toMapFeature(e)) });
  if (index.all.length <= limit) return { all: allEvents, forDays: allEvents, sliced: false };
  const byDay = new Map<string, MapEventFeature[]>();
  const featuresOn = (day: string) => {
    let features = byDay.get(day);
    if (!features) byDay.set(day, (features = (index.byDate.get(day) ?? []).map((e) => toMapFeature(e))));
    return features;
  };
  // The last answer: the map asks again on every render and every state change, mostly for the same days.
  let last: { days: string; events: MapEventCollection } | undefined;
  return {
    all: allEvents,
    sliced: true,
    forDays(days) {
      if (last?.days === days) return last.events;
      const range = decodeDays(days);
      const shown = index.days.filter((d) => inDayRange(d, range) && index.byDate.has(d));
      const count = shown.reduce((n, d) => n + index.byDate.get(d)!.length, 0);
      const events: MapEventCollection = count > limit ? allEvents() : { type: "FeatureCollection", features: shown.flatMap(featuresOn) };
      last = { days, events };
      return events;
    },
  };
}
