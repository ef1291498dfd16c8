import type { EventFeature } from "../schemas/event";
import { areaName } from "./headline";

type Place = EventFeature["properties"]["place"];

const COUNTRY: Record<Place["administeredBy"], string | null> = { india: "India", pakistan: "Pakistan", china: "China", other: null };

/**
 * "Muridke, Sheikhupura, Punjab, Pakistan": each name once. A province already qualified by its country
 * ("Punjab (Pakistan)") is not qualified twice; in Kashmir the line names who administers the ground in
 * the neutral terms of the methodology ("Pakistan-administered Kashmir").
 */
export function placeLine(place: Place): string {
  const country = COUNTRY[place.administeredBy];
  const province = country ? place.province.replace(` (${country})`, "") : place.province;
  const area = areaName(place);
  const tail = area.endsWith("Kashmir") ? area : country;
  const parts = [place.name, place.district, province, tail].filter((p): p is string => !!p);
  // Drop a part the one before already says ("Kotli, Kotli"; "Delhi, Delhi").
  return parts.filter((p, i) => !parts.slice(0, i).some((q) => q === p || q.includes(p))).join(", ");
}
