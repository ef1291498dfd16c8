import * as turf from "@turf/turf";
import type { BoundaryFeature, BoundaryKind } from "../schemas/boundary";
import { BoundaryKindSchema } from "../schemas/boundary";

/** The kinds of boundary line that cross the frame's box (west, south, east, north), in legend order. */
export function linesInView(lines: readonly BoundaryFeature[], [w, s, e, n]: readonly [number, number, number, number]): BoundaryKind[] {
  const box = turf.bboxPolygon([w, s, e, n]);
  const seen = new Set(lines.filter((l) => turf.booleanIntersects(l, box)).map((l) => l.properties.kind));
  return BoundaryKindSchema.options.filter((k) => seen.has(k));
}
