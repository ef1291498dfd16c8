import type { EventDepth } from "../schemas/depth";
import { BOUNDARY_LABEL } from "./labels";
import { ADMINISTRATOR_LABEL } from "./detail-labels";

/**
 * Which side of the nearest line, in the methodology's neutral names: across the Line of Control and the
 * Actual Ground Position Line each side administers territory the other claims ("Pakistan-administered");
 * across the international border and the Working Boundary it is a country's side (Bahawalpur is in
 * Pakistan, not "Pakistan-administered").
 */
function sideOf(d: EventDepth): string {
  if (d.side === "other") return "outside India and Pakistan";
  const administered = d.nearestLine === "loc" || d.nearestLine === "agpl";
  if (administered) return `on the ${ADMINISTRATOR_LABEL[d.side]} side`;
  return d.side === "india" ? "on the Indian side" : "on the Pakistani side";
}

/** Rounded as a reader would say it: tenths under 10 km, whole km under 100, fives above. */
export function roundKm(km: number): number {
  if (km < 10) return Math.round(km * 10) / 10;
  if (km < 100) return Math.round(km);
  return Math.round(km / 5) * 5;
}

/** "about 100 km from the international border, on the Pakistani side"; "about 28 km from the Line of Control, on the Pakistan-administered side". */
export function describeDepth(d: EventDepth): string {
  const line = d.nearestLine === "international_border" ? "international border" : BOUNDARY_LABEL[d.nearestLine];
  return `about ${roundKm(d.distanceToLineKm)} km from the ${line}, ${sideOf(d)}`;
}
