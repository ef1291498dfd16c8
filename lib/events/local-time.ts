import type { TimeZone } from "../schemas/dataset";

/**
 * "01:05+05:30" → "01:05 IST (UTC+05:30)": the local time as a source gave it, with the zone the dataset
 * manifest (`timeZones`) names for that offset; a time in another offset is shown with the offset alone.
 */
export function localTime(time: string, zones: readonly Pick<TimeZone, "label" | "offset">[] = []): string {
  const clock = time.slice(0, 5);
  const offset = time.slice(5);
  const zone = zones.find((z) => z.offset === offset);
  return zone ? `${clock} ${zone.label} (UTC${offset})` : `${clock} (UTC${offset})`;
}
