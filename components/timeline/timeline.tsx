"use client";
import { useEffect } from "react";
import type { EventFeature } from "@/lib/schemas/event";
import type { TimelineDay } from "@/lib/schemas/api";
import type { Theme } from "@/lib/map/theme";
import { dayCaption, SPEEDS, stepDay, type Speed } from "@/lib/playback";
import { formatDay } from "@/lib/time";
import { DayHistogram } from "./day-histogram";
import { usePlayback } from "./use-playback";
import { usePlaybackKeys } from "./use-playback-keys";

export interface TimelineProps {
  days: TimelineDay[];
  day?: string;
  cumulative: boolean;
  /** The events shown for the current day and filters, for the caption and the announcement. */
  shown: EventFeature[];
  theme: Theme;
  onDay: (day: string | undefined) => void;
  onCumulative: (on: boolean) => void;
  /** Told when playback starts and stops (the map follows the days while playing). */
  onPlayingChange?: (playing: boolean) => void;
}

const button = "rounded border border-current/30 px-2 py-1 text-xs hover:bg-current/10 disabled:opacity-40";

/** Playback controls, the current day with its caption, and the per-day histogram. */
export function Timeline({ days, day, cumulative, shown, theme, onDay, onCumulative, onPlayingChange }: TimelineProps) {
  const dates = days.map((d) => d.date);
  const playback = usePlayback(dates, day, onDay);
  useEffect(() => onPlayingChange?.(playback.playing), [playback.playing, onPlayingChange]);
  const step = (delta: number) => onDay(stepDay(dates, day, delta));
  usePlaybackKeys({ step, toggle: playback.toggle, first: () => onDay(dates[0]), last: () => onDay(dates.at(-1)) });
  const todays = day ? shown.filter((e) => e.properties.date === day) : shown;
  const label = day
    ? cumulative
      ? `${formatDay(dates[0]!)} – ${formatDay(day)}`
      : formatDay(day)
    : "All days";

  return (
    <section aria-label="Timeline" className="border-t border-current/15 px-3 py-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={() => step(-1)} aria-label="Previous day" disabled={day === dates[0]}>
          ◀
        </button>
        <button type="button" className={`${button} w-16 font-semibold`} onClick={playback.toggle} aria-label={playback.playing ? "Pause" : "Play"}>
          {playback.playing ? "❚❚ Pause" : "▶ Play"}
        </button>
        <button type="button" className={button} onClick={() => step(1)} aria-label="Next day" disabled={day === dates.at(-1)}>
          ▶
        </button>
        <label className="flex items-center gap-1 text-xs">
          Speed
          <select
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}
            className="rounded border border-current/30 bg-transparent px-1 py-0.5"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} s/day
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={playback.loop} onChange={(e) => playback.setLoop(e.target.checked)} /> Loop
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={cumulative} onChange={(e) => onCumulative(e.target.checked)} /> Cumulative
        </label>
        <button type="button" className={button} onClick={() => onDay(undefined)} disabled={!day}>
          All days
        </button>
      </div>
      <div className="my-1 flex flex-wrap items-baseline gap-x-2">
        <strong data-testid="current-day" className="text-sm">{label}</strong>
        <span data-testid="day-caption" className="min-w-0 truncate text-xs opacity-80">
          {day ? dayCaption(todays) : `${shown.length} events`}
        </span>
      </div>
      <p aria-live="polite" className="sr-only">
        {day ? `${formatDay(day)}: ${todays.length} ${todays.length === 1 ? "event" : "events"}` : ""}
      </p>
      <DayHistogram days={days} day={day} theme={theme} onChoose={onDay} />
    </section>
  );
}
