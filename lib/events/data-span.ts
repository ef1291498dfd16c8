import type { EventCore } from "../schemas/imported-event";

/** First and last event dates; events are sorted by date at load, but this does not rely on it. */
export function dataSpan(events: readonly EventCore[]): { first: string; last: string } {
  if (events.length === 0) throw new Error("no events loaded");
  let first = events[0]!.properties.date;
  let last = first;
  for (const { properties: p } of events) {
    if (p.date < first) first = p.date;
    if (p.date > last) last = p.date;
  }
  return { first, last };
}
