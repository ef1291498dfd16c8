/** Calendar arithmetic on YYYY-MM-DD strings, done in UTC so no local time zone can shift a day. */

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from `first` to `last`, both included. */
export function dateRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

// One formatter for every call: toLocaleDateString builds a new one each time, which the histogram's
// labels paid for on every day step.
const LONG_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2025-05-07" → "7 May 2025", independent of the reader's locale and time zone. */
export function formatDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  // A formatter throws on an invalid date (toLocaleDateString did not): the text is shown as it came.
  return Number.isNaN(d.getTime()) ? String(date) : LONG_DAY.format(d);
}

/**
 * "22 April – 20 May 2025": a span of days written once, repeating only what differs, so "3–9 March
 * 2030" and "28 December 2029 – 4 January 2030" read as a person would write them; one day is that day.
 */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const [a, b] = [formatDay(first), formatDay(last)];
  if (first.slice(0, 4) !== last.slice(0, 4)) return `${a} – ${b}`;
  if (first.slice(0, 7) === last.slice(0, 7)) return `${a.replace(/ .*$/, "")}–${b}`;
  return `${a.replace(/ \d{4}$/, "")} – ${b}`;
}

/** The day itself when it lies within `first`–`last`, otherwise the nearer end of that span. */
export function clampDay(day: string, first: string, last: string): string {
  return day < first ? first : day > last ? last : day;
}
