"use client";
import { useMemo } from "react";
import { Timeline } from "@/components/timeline/timeline";
import { viewCaption } from "@/lib/events/caption";
import { keyDates } from "@/lib/timeline/key-dates";
import { usePlaybackState } from "./playback-state";
import { useEventData, useFilteredTimeline, useShownReady, useShownView } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** No count before the events are loaded and counted. */
const LOADING = { text: "", hidden: 0 };

/** The timeline fed from the URL state: its bars counted under the reader's filters, on the client. */
export function ConnectedTimeline() {
  const store = useUrlStore();
  const theme = useTheme();
  const days = useFilteredTimeline();
  const { day, mode } = useUrlSlice((s) => ({ day: s.day, mode: s.mode }));
  const { setPlaying } = usePlaybackState();
  // The caption counts what the list shows, so it takes the same (deferred) data, filter and days.
  const { index, filter, range, shown, day: counted, cumulative } = useShownView();
  const keys = useMemo(() => keyDates(index.all), [index]);
  const ready = useShownReady();
  const names = useEventData().sideNames;
  const caption = useMemo(() => (ready ? viewCaption(index, filter, range, shown, names) : LOADING), [ready, index, filter, range, shown, names]);
  // The day's own events, shown and hidden, for the announcement (in cumulative mode too), with the caption.
  const today = useMemo(() => {
    if (!counted) return { shown: 0, hidden: 0 };
    const own = cumulative ? viewCaption(index, filter, { from: counted, to: counted }) : caption;
    const all = index.byDate.get(counted)?.length ?? 0;
    return { shown: all - own.hidden, hidden: own.hidden };
  }, [index, filter, counted, cumulative, caption]);
  return (
    <Timeline
      days={days}
      day={day}
      cumulative={mode === "cumulative"}
      keys={keys}
      caption={caption}
      today={today}
      theme={theme}
      // A reader's day step: the map draws it in this click, the page renders it just after that frame.
      onDay={(d, playing) => store.update((s) => ({ day: typeof d === "function" ? d(s.day) : d }), playing ? "replace" : "step")}
      onCumulative={(on) => store.update({ mode: on ? "cumulative" : "day" })}
      onPlayingChange={setPlaying}
    />
  );
}
