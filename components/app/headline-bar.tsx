"use client";
import { useMemo } from "react";
import type { EventFeature } from "@/lib/schemas/event";
import type { Actor } from "@/lib/schemas/parties";
import { headline } from "@/lib/events/headline";
import { sideNames } from "@/lib/schemas/sides";
import { useEventData, useShownView } from "./event-data";

/**
 * One line over the map saying what the days shown hold, from the data: the reader's first ten seconds.
 * Fixed height (one line, two on a phone), so stepping days never moves the map.
 */
export function HeadlineBar({
  shown,
  days,
  day,
  cumulative,
  names,
}: {
  shown: EventFeature[];
  days: readonly string[];
  day?: string;
  cumulative: boolean;
  names: Readonly<Record<Actor, string>>;
}) {
  const text = useMemo(() => {
    if (days.length === 0) return "";
    const span = !day ? { first: days[0]!, last: days.at(-1)! } : { first: cumulative ? days[0]! : day, last: day };
    return headline(shown, span, names);
  }, [shown, days, day, cumulative, names]);
  return (
    <p data-testid="headline" title={text} className="line-clamp-2 h-10 shrink-0 overflow-hidden border-b border-current/15 px-3 py-0.5 text-sm leading-[18px] font-semibold md:line-clamp-none md:h-6 md:truncate md:py-[3px]">
      {text}
    </p>
  );
}

/** The headline for the days and filters in the URL. */
export function ConnectedHeadline() {
  const { index, shown, day, cumulative } = useShownView();
  const { dataset } = useEventData();
  const names = useMemo(() => sideNames(dataset.sides), [dataset]);
  return <HeadlineBar shown={shown} days={index.days} day={day} cumulative={cumulative} names={names} />;
}
