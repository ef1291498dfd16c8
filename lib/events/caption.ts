import type { EventFeature } from "../schemas/event";
import type { UrlState } from "../url-state";
import { dayCaption } from "../playback";
import { formatDay } from "../time";
import { countOf } from "./plural";
import { visibleEvents } from "./visible-events";

type View = Pick<UrlState, "day" | "mode" | "actor" | "kind" | "verification" | "attribution">;

export interface ViewCaption {
  /** What the map shows, in one line: its counts match the symbols drawn. */
  text: string;
  /** The events of the same days that the filters hide (0 when no filter is set or none hides anything). */
  hidden: number;
}

/**
 * The caption beside the day: a day's events by kind and actor; in cumulative mode the total drawn and
 * the day's own; with all days the total. Events the filters hide are counted, so a day whose events are
 * all filtered out says so instead of claiming nothing happened.
 */
export function viewCaption(all: readonly EventFeature[], view: View): ViewCaption {
  const shown = visibleEvents(all, view);
  const unfiltered = visibleEvents(all, { day: view.day, mode: view.mode });
  const hidden = unfiltered.length - shown.length;
  const hiddenNote = hidden > 0 ? `${countOf(hidden, "event")} hidden by filters` : "";
  const { day } = view;

  if (unfiltered.length === 0) return { text: day ? "No recorded events" : "No events", hidden };
  if (shown.length === 0) {
    const all = unfiltered.length === 1 ? "The 1 event" : `All ${unfiltered.length} events`;
    const where = !day ? "" : view.mode === "cumulative" ? ` up to ${formatDay(day)}` : " of this day";
    return { text: `${all}${where} hidden by filters`, hidden };
  }
  const join = (...parts: string[]) => parts.filter(Boolean).join(" · ");
  if (!day) return { text: join(`${countOf(shown.length, "event")} shown`, hiddenNote), hidden };
  if (view.mode !== "cumulative") return { text: join(dayCaption(shown), hiddenNote), hidden };
  const todays = shown.filter((e) => e.properties.date === day);
  const onDay = todays.length > 0 ? `on ${formatDay(day)}: ${dayCaption(todays)}` : `none on ${formatDay(day)}`;
  return { text: join(`${countOf(shown.length, "event")} to date`, onDay, hiddenNote), hidden };
}
