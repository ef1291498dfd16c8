import type { Actor } from "../schemas/parties";
import { dayCaption } from "../playback";
import { ACTOR_LABEL } from "./labels";
import { formatDay } from "../time";
import { countOf } from "./plural";
import { isFiltered, type EventFilter } from "./event-facets";
import type { DayRange } from "./event-rule";
import { shownEvents, type EventIndex } from "./event-index";

export interface ViewCaption {
  /** What the map shows, in one line: its counts match the symbols drawn. */
  text: string;
  /** The events of the same days that the filters hide (0 when no filter is set or none hides anything). */
  hidden: number;
}

/**
 * The caption beside the day: a day's events by kind and actor; in cumulative mode the total drawn and
 * the day's own; with all days the total. Events the filters hide are counted, so a day whose events are
 * all filtered out says so instead of claiming nothing happened. `shown` may be passed when the caller
 * already has it (the page computes it once per day step for the list and the map); `names` are the
 * manifest's sides.
 */
export function viewCaption(
  index: EventIndex,
  filter: EventFilter,
  range: DayRange,
  shown = shownEvents(index, filter, range),
  names: Readonly<Record<Actor, string>> = ACTOR_LABEL,
): ViewCaption {
  const unfiltered = shownEvents(index, {}, range);
  const hidden = unfiltered.length - shown.length;
  const hiddenNote = hidden > 0 ? `${countOf(hidden, "event")} hidden by filters` : "";
  // One day (from = to), everything up to a day (to alone), or every day (neither).
  const day = range.to;
  const cumulative = !!range.to && !range.from;

  if (unfiltered.length === 0) return { text: day ? "No recorded events" : "No events", hidden };
  if (shown.length === 0) {
    const all = unfiltered.length === 1 ? "The 1 event" : `All ${unfiltered.length} events`;
    const where = !day ? "" : cumulative ? ` up to ${formatDay(day)}` : " of this day";
    return { text: `${all}${where} hidden by filters`, hidden };
  }
  const join = (...parts: string[]) => parts.filter(Boolean).join(" · ");
  if (!day) return { text: join(`${countOf(shown.length, "event")} shown`, hiddenNote), hidden };
  if (!cumulative) return { text: join(dayCaption(shown, names), hiddenNote), hidden };
  const todays = shown.filter((e) => e.properties.date === day);
  const onDay = todays.length > 0 ? `on ${formatDay(day)}: ${dayCaption(todays, names)}` : `none on ${formatDay(day)}`;
  return { text: join(`${countOf(shown.length, "event")} to date`, onDay, hiddenNote), hidden };
}

/**
 * What the event list says when it lists nothing. The filters are named only when one is set: with none,
 * the days simply hold no recorded event, in the caption's words.
 */
export function emptyListText(filter: EventFilter, range: DayRange): string {
  const day = range.to;
  const cumulative = !!range.to && !range.from;
  if (isFiltered(filter)) return day ? "No events match the day and filters." : "No events match the filters.";
  return !day ? "No recorded events." : cumulative ? "No recorded events up to this day." : "No recorded events on this day.";
}
