import type { BoundaryFeature, BoundaryKind } from "../schemas/boundary";
import { BoundaryKindSchema } from "../schemas/boundary";
import type { CountryFeature } from "../basemap/schemas";
import type { Bounds } from "../schemas/dataset";
import { DepthSideSchema, type DepthSide, type EventDepth } from "../schemas/depth";
import type { ImportedEventFeature } from "../schemas/imported-event";
import { depthPosition, depthsAt } from "../geo/depth";

const inside = ([lon, lat]: readonly number[], [w, s, e, n]: Bounds) => lon! >= w && lon! <= e && lat! >= s && lat! <= n;

/** Which events of an opened file to measure, and where: sent to the depth worker as transferable arrays. */
export interface DepthRequest {
  /** Each measured event's position in the file's event list. */
  at: Uint32Array;
  /** lon, lat of each, in the same order. */
  positions: Float64Array;
}

/** Depths as typed arrays, so 100,000 of them cross from the worker without a copy of 100,000 objects. */
export interface PackedDepths {
  km: Float64Array;
  /** Index into BoundaryKindSchema.options. */
  line: Uint8Array;
  /** Index into DepthSideSchema.options. */
  side: Uint8Array;
}

const LINES: readonly BoundaryKind[] = BoundaryKindSchema.options;
const SIDES: readonly DepthSide[] = DepthSideSchema.options;

/**
 * The events that lie in the dataset's region, where the lines mean something, and have no depth yet;
 * events elsewhere stay without it rather than get a distance to a line hundreds of kilometres away.
 */
export function depthRequest(events: readonly ImportedEventFeature[], region: Bounds): DepthRequest {
  const at: number[] = [];
  const positions: number[] = [];
  events.forEach((e, i) => {
    if (e.properties.depth) return;
    const p = depthPosition(e.geometry);
    if (!inside(p, region)) return;
    at.push(i);
    positions.push(p[0]!, p[1]!);
  });
  return { at: Uint32Array.from(at), positions: Float64Array.from(positions) };
}

/** Measures a request's positions against the lines (in the depth worker). */
export function measurePacked(positions: Float64Array, lines: readonly BoundaryFeature[], countries: readonly CountryFeature[]): PackedDepths {
  const depths = lines.length === 0 ? [] : depthsAt(positions, lines, countries);
  return {
    km: Float64Array.from(depths, (d) => d.distanceToLineKm),
    line: Uint8Array.from(depths, (d) => LINES.indexOf(d.nearestLine)),
    side: Uint8Array.from(depths, (d) => SIDES.indexOf(d.side)),
  };
}

/** The events with the measured depths added (new objects for those only); the input is not changed. */
export function applyDepths(events: readonly ImportedEventFeature[], at: Uint32Array, packed: PackedDepths): ImportedEventFeature[] {
  const out = [...events];
  for (let j = 0; j < packed.km.length; j++) {
    const e = out[at[j]!]!;
    const depth: EventDepth = { distanceToLineKm: packed.km[j]!, nearestLine: LINES[packed.line[j]!]!, side: SIDES[packed.side[j]!]! };
    out[at[j]!] = { ...e, properties: { ...e.properties, depth } };
  }
  return out;
}
