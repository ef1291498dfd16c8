/**
 * The zones the data's times are given in (the methodology's "Dates and time zones"): each side's
 * standard time by its UTC offset. A time with another offset is shown with the offset alone.
 */
const ZONES: Record<string, string> = { "+05:30": "IST", "+05:00": "PKT" };

/** "01:05+05:30" → "01:05 IST (UTC+05:30)": the local time as a source gave it, with its zone. */
export function localTime(time: string): string {
  const clock = time.slice(0, 5);
  const offset = time.slice(5);
  const zone = ZONES[offset];
  return zone ? `${clock} ${zone} (UTC${offset})` : `${clock} (UTC${offset})`;
}
