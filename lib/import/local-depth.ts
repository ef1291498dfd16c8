import type { BoundaryFeature } from "../schemas/boundary";
import type { CountryFeature } from "../basemap/schemas";
import type { Bounds } from "../schemas/dataset";
import type { ImportedEventFeature } from "../schemas/imported-event";
import { withDepth } from "../geo/depth";
import { turfCentroid } from "../export/centroid";

const inside = ([lon, lat]: [number, number], [w, s, e, n]: Bounds) => lon >= w && lon <= e && lat >= s && lat <= n;

/**
 * Depth (distance to the nearest line, which line, which side) for the opened file's events that lie
 * in the dataset's region, where the lines mean something; events elsewhere stay without it rather
 * than get a distance to a line hundreds of kilometres away. Returns the input when none is in range.
 */
export function localEventsWithDepth(
  events: readonly ImportedEventFeature[],
  lines: readonly BoundaryFeature[],
  countries: readonly CountryFeature[],
  region: Bounds,
): ImportedEventFeature[] {
  if (lines.length === 0) return [...events];
  const inRange = events.filter((e) => !e.properties.depth && inside(turfCentroid(e.geometry), region));
  if (inRange.length === 0) return [...events];
  const measured = new Map(withDepth(inRange, lines, countries).map((e) => [e.properties.id, e]));
  return events.map((e) => measured.get(e.properties.id) ?? e);
}
