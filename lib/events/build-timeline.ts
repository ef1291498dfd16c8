import type { EventCore } from "../schemas/imported-event";
import type { Timeline, TimelineDay } from "../schemas/api";
import { dateRange } from "../time";

/**
 * One entry per day from `first` to `last` (days without events included, with count 0),
 * counting the given events by actor and kind.
 */
export function buildTimeline(events: readonly EventCore[], first: string, last: string): Timeline {
  const days = new Map<string, TimelineDay>(
    dateRange(first, last).map((date) => [date, { date, count: 0, byActor: {}, byKind: {} }]),
  );
  for (const { properties: p } of events) {
    const day = days.get(p.date);
    if (!day) continue;
    day.count++;
    day.byActor[p.actor] = (day.byActor[p.actor] ?? 0) + 1;
    day.byKind[p.kind] = (day.byKind[p.kind] ?? 0) + 1;
  }
  return { days: [...days.values()] };
}
