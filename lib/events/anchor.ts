import type { EventFeature } from "../schemas/event";
import { bboxOfGeometries } from "../geo/region";

/** A point that stands for an event's place: a point itself, else the middle of its box. */
export function anchorOf(e: EventFeature): [number, number] {
  if (e.geometry.type === "Point") return e.geometry.coordinates as [number, number];
  const [w, s, east, n] = bboxOfGeometries([e.geometry])!;
  return [(w + east) / 2, (s + n) / 2];
}
