"use client";
import { Timeline } from "@/components/timeline/timeline";
import { usePlaybackState } from "./playback-state";
import { useFilteredTimeline, useShownEvents } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** The timeline fed from the URL state: its bars counted under the reader's filters, on the client. */
export function ConnectedTimeline() {
  const store = useUrlStore();
  const theme = useTheme();
  const days = useFilteredTimeline();
  const shown = useShownEvents();
  const { day, mode } = useUrlSlice((s) => ({ day: s.day, mode: s.mode }));
  const { setPlaying } = usePlaybackState();
  return (
    <Timeline
      days={days}
      day={day}
      cumulative={mode === "cumulative"}
      shown={shown}
      theme={theme}
      onDay={(d) => store.update({ day: d })}
      onCumulative={(on) => store.update({ mode: on ? "cumulative" : "day" })}
      onPlayingChange={setPlaying}
    />
  );
}
