import type { EventDepth } from "../schemas/depth";
import { BOUNDARY_LABEL } from "./labels";

const SIDE: Record<EventDepth["side"], string> = {
  india: "on the Indian-administered side",
  pakistan: "on the Pakistani-administered side",
  other: "outside India and Pakistan",
};

/** Rounded as a reader would say it: tenths under 10 km, whole km under 100, fives above. */
export function roundKm(km: number): number {
  if (km < 10) return Math.round(km * 10) / 10;
  if (km < 100) return Math.round(km);
  return Math.round(km / 5) * 5;
}

/** "about 100 km from the International border, on the Pakistani-administered side". */
export function describeDepth(d: EventDepth): string {
  const line = d.nearestLine === "international_border" ? "international border" : BOUNDARY_LABEL[d.nearestLine];
  return `about ${roundKm(d.distanceToLineKm)} km from the ${line}, ${SIDE[d.side]}`;
}
