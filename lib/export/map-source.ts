import type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { SOURCE } from "../map/ids";
import { withSourceData } from "../map/style";

/** Which days a frame draws: one day; everything up to a day, earlier days faded; or every day. */
export type FrameDays = { mode: "day"; day: string } | { mode: "cumulative"; day: string } | { mode: "all" };

/**
 * All that exports take from the live map, read once when an export starts: its style (whose sources
 * carry the loaded data), its view and pane size, and the global state that makes the style draw a given
 * frame. Exports render their own hidden map from this; they never hold or change the reader's map.
 */
export interface ExportMapSource {
  style: StyleSpecification;
  view: { center: [number, number]; zoom: number; bearing: number; width: number; height: number };
  stateFor(days: FrameDays): Record<string, unknown>;
}

/**
 * The one place exports read the live map. `events`, when given, replaces what the live events source
 * holds: with many events it holds only the days on screen, and an export may draw any day.
 */
export function mapSourceFromLive(live: MapLibreMap, stateFor: ExportMapSource["stateFor"], events?: FeatureCollection): ExportMapSource {
  const c = live.getCenter();
  const container = live.getContainer();
  const style = live.getStyle();
  return {
    style: events ? withSourceData(style, { [SOURCE.events]: events }) : style,
    view: { center: [c.lng, c.lat], zoom: live.getZoom(), bearing: live.getBearing(), width: container.clientWidth, height: container.clientHeight },
    stateFor,
  };
}
