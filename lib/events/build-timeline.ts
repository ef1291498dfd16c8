import type { EventCore } from "../schemas/imported-event";
import type { Timeline, TimelineDay } from "../schemas/api";
import { dateRange } from "../time";

/**
 * One entry per day from `first` to `last` (days without events included, with count 0),
 * counting the given events by actor and kind.
 */
export function buildTimeline(events: readonly EventCore[], first: string, last: string): Timeline {
  const days = new Map<string, TimelineDay>(dateRange(first, last).map((date) => [date, emptyDay(date)]));
  for (const e of events) {
    const day = days.get(e.properties.date);
    if (day) countEvent(day, e);
  }
  return { days: [...days.values()] };
}

/** A day of the timeline before its events are counted. */
export function emptyDay(date: string): TimelineDay {
  return { date, count: 0, byActor: {}, byKind: {} };
}

/** Counts one event into its day's totals. */
export function countEvent(day: TimelineDay, { properties: p }: EventCore): void {
  day.count++;
  day.byActor[p.actor] = (day.byActor[p.actor] ?? 0) + 1;
  day.byKind[p.kind] = (day.byKind[p.kind] ?? 0) + 1;
}
