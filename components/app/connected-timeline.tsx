"use client";
import { useMemo } from "react";
import { Timeline } from "@/components/timeline/timeline";
import { viewCaption } from "@/lib/events/caption";
import { keyDates } from "@/lib/timeline/key-dates";
import { usePlaybackState } from "./playback-state";
import { useEventData, useFilteredTimeline, useShownEvents } from "./event-data";
import { useDayRange, useEventFilter, useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** The timeline fed from the URL state: its bars counted under the reader's filters, on the client. */
export function ConnectedTimeline() {
  const store = useUrlStore();
  const theme = useTheme();
  const { index } = useEventData();
  const days = useFilteredTimeline();
  const filter = useEventFilter();
  const range = useDayRange();
  const { day, mode } = useUrlSlice((s) => ({ day: s.day, mode: s.mode }));
  const { setPlaying } = usePlaybackState();
  const keys = useMemo(() => keyDates(index.all), [index]);
  const shown = useShownEvents();
  const caption = useMemo(() => viewCaption(index, filter, range, shown), [index, filter, range, shown]);
  // The day's own events, shown and hidden, for the announcement (in cumulative mode too).
  const today = useMemo(() => {
    if (!day) return { shown: 0, hidden: 0 };
    const own = mode === "cumulative" ? viewCaption(index, filter, { from: day, to: day }) : caption;
    const all = index.byDate.get(day)?.length ?? 0;
    return { shown: all - own.hidden, hidden: own.hidden };
  }, [index, filter, day, mode, caption]);
  return (
    <Timeline
      days={days}
      day={day}
      cumulative={mode === "cumulative"}
      keys={keys}
      caption={caption}
      today={today}
      theme={theme}
      onDay={(d) => store.update({ day: d })}
      onCumulative={(on) => store.update({ mode: on ? "cumulative" : "day" })}
      onPlayingChange={setPlaying}
    />
  );
}
