import { clampDay, formatDay, formatDayRange } from "@/lib/time";

export interface UrlIssue {
  key: string;
  value: string;
  /** What the map did instead, in a reader's words. */
  fallback: string;
}

/**
 * A link's day outside the days the loaded data covers (`first`–`last`), which would show an empty map
 * with no day of the timeline marked: named like any other unusable part of a link, with the nearer end
 * of the span shown instead. Null for a day within the span.
 */
export function daySpanIssue(day: string, first: string, last: string): UrlIssue | null {
  const nearest = clampDay(day, first, last);
  if (nearest === day) return null;
  return { key: "day", value: day, fallback: `the data covers ${formatDayRange(first, last)}; showing ${formatDay(nearest)}` };
}
