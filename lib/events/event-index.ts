import type { EventFeature } from "../schemas/event";
import type { Timeline } from "../schemas/api";
import { dateRange } from "../time";
import { countEvent, emptyDay } from "./build-timeline";
import { isFiltered, type EventFilter } from "./event-facets";
import { matchesEvent, matchesFilter, type DayRange } from "./event-rule";

/** The loaded events with what a day step needs at hand: every day of the span and each day's events. */
export interface EventIndex {
  all: readonly EventFeature[];
  /** Every day from the first event to the last, days without events included. */
  days: string[];
  byDate: ReadonlyMap<string, readonly EventFeature[]>;
}

/** Built once per data load, so a day step looks at that day's events only, not at all of them. */
export function indexEvents(all: readonly EventFeature[]): EventIndex {
  const byDate = new Map<string, EventFeature[]>();
  for (const e of all) {
    const day = byDate.get(e.properties.date);
    if (day) day.push(e);
    else byDate.set(e.properties.date, [e]);
  }
  if (all.length === 0) return { all, days: [], byDate };
  // The span from the distinct dates (dozens), not from every event (100,000 in a large file).
  const dates = [...byDate.keys()].sort();
  return { all, days: dateRange(dates[0]!, dates.at(-1)!), byDate };
}

/** The events the map draws for this filter and range, in data order (by date and time). */
export function shownEvents(index: EventIndex, filter: EventFilter, range: DayRange): EventFeature[] {
  if (range.from && range.from === range.to) return (index.byDate.get(range.from) ?? []).filter((e) => matchesFilter(e.properties, filter));
  return index.all.filter((e) => matchesEvent(e.properties, filter, range));
}

/** Per-day counts by actor and kind of the events the filter lets through: the histogram follows the filters. */
export function filteredTimeline(index: EventIndex, filter: EventFilter): Timeline {
  // Kept per index and filter: React may render the same data more than once (a render it restarts, the
  // list and the histogram asking alike), and a large file's 100,000 events take a while to count.
  const key = JSON.stringify(filter);
  const known = timelines.get(index) ?? new Map<string, Timeline>();
  timelines.set(index, known);
  let timeline = known.get(key);
  if (!timeline) {
    if (known.size >= 16) known.clear();
    known.set(key, (timeline = countTimeline(index, filter)));
  }
  return timeline;
}

const timelines = new WeakMap<EventIndex, Map<string, Timeline>>();

function countTimeline(index: EventIndex, filter: EventFilter): Timeline {
  // Counted day by day from the index; with no facet filtered, every event counts without being tested.
  const open = !isFiltered(filter);
  return {
    days: index.days.map((date) => {
      const day = emptyDay(date);
      for (const e of index.byDate.get(date) ?? []) if (open || matchesFilter(e.properties, filter)) countEvent(day, e);
      return day;
    }),
  };
}
