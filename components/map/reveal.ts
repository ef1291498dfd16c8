import type { Map as MapLibreMap } from "maplibre-gl";
import type { Covered } from "@/lib/map/map-handle";

/** How far inside the map's edges a point must lie to count as seen (a symbol and its label need room). */
const MARGIN = 40;

/** True when the point is on screen and not under the panel that covers part of the map. */
export function isClear(map: MapLibreMap, [lon, lat]: [number, number], covered: Covered): boolean {
  const { x, y } = map.project([lon, lat]);
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  return x >= MARGIN && y >= MARGIN && x <= w - covered.right - MARGIN && y <= h - covered.bottom - MARGIN;
}

/** Centres a point in the part of the map nothing covers, rather than in the middle of the whole map. */
export function revealOffset(covered: Covered): [number, number] {
  return [-covered.right / 2, -covered.bottom / 2];
}
