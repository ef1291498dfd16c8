"use client";
import { useEffect, useMemo } from "react";
import type { TimelineDay } from "@/lib/schemas/api";
import type { Theme } from "@/lib/map/theme";
import { SPEEDS, stepDay, type Speed } from "@/lib/playback";
import { formatDay } from "@/lib/time";
import type { ViewCaption } from "@/lib/events/caption";
import { countOf } from "@/lib/events/plural";
import type { KeyDate } from "@/lib/timeline/key-dates";
import { DayHistogram } from "./day-histogram";
import { KeyDateMarks, DateAxis } from "./date-axis";
import { usePlayback } from "./use-playback";
import { usePlaybackKeys } from "./use-playback-keys";

export type DayChoice = string | undefined | ((current: string | undefined) => string | undefined);

export interface TimelineProps {
  /** Each day's events under the reader's filters, first day to last. */
  days: TimelineDay[];
  day?: string;
  cumulative: boolean;
  /** The turning points of the data, marked above the bars. */
  keys: KeyDate[];
  /** What the map shows, in one line. */
  caption: ViewCaption;
  /** The chosen day's own events (in cumulative mode too), shown and hidden by filters, for the announcement. */
  today: { shown: number; hidden: number };
  theme: Theme;
  /**
   * Chooses a day (undefined: all days). A step passes a function of the day chosen now, which may be
   * ahead of the `day` prop: the page renders a reader's day step just after the map's frame. Playback's
   * own ticks say so (`playing`): they are rendered at once, so a Pause pressed just after a tick finds the
   * page showing that tick's day.
   */
  onDay: (day: DayChoice, playing?: boolean) => void;
  onCumulative: (on: boolean) => void;
  /** Told when playback starts and stops (the map follows the days while playing). */
  onPlayingChange?: (playing: boolean) => void;
}

// min-h-6: every control is at least a 24 px target (WCAG 2.2, 2.5.8).
const button = "min-h-6 rounded border border-current/30 px-2 py-1 text-xs hover:bg-current/10 disabled:opacity-40";

/** Playback controls, the current day with its caption, and the dated per-day histogram. */
export function Timeline({ days, day, cumulative, keys, caption, today, theme, onDay, onCumulative, onPlayingChange }: TimelineProps) {
  const dates = useMemo(() => days.map((d) => d.date), [days]);
  // Until the days arrive there is nothing to step to: a key pressed meanwhile must not clear the chosen day.
  const go = (d: DayChoice, playing?: boolean) => dates.length > 0 && onDay(d, playing);
  const playback = usePlayback(dates, day, (d) => go(d, true));
  useEffect(() => onPlayingChange?.(playback.playing), [playback.playing, onPlayingChange]);
  const step = (delta: number) => go((current) => stepDay(dates, current, delta));
  usePlaybackKeys({ step, toggle: playback.toggle, first: () => go(dates[0]), last: () => go(dates.at(-1)) });
  // Until the days arrive a cumulative link names its own day only.
  const label = day ? (cumulative && dates[0] ? `${formatDay(dates[0])} – ${formatDay(day)}` : formatDay(day)) : "All days";

  return (
    <section aria-label="Timeline" className="border-t border-current/15 px-3 pt-1.5 pb-1">
      {/* Fixed widths and no wrapping inside each control, so nothing moves while the day changes. */}
      <div className="flex flex-wrap items-center gap-2 whitespace-nowrap">
        <button type="button" className={`${button} w-8`} onClick={() => step(-1)} aria-label="Previous day" disabled={day === dates[0]}>
          ◀
        </button>
        <button type="button" className={`${button} w-20 font-semibold`} onClick={playback.toggle} aria-label={playback.playing ? "Pause" : "Play"}>
          {playback.playing ? "❚❚ Pause" : "▶ Play"}
        </button>
        <button type="button" className={`${button} w-8`} onClick={() => step(1)} aria-label="Next day" disabled={day === dates.at(-1)}>
          ▶
        </button>
        <label className="flex items-center gap-1 text-xs">
          Speed
          <select
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}
            className="min-h-6 rounded border border-current/30 bg-transparent px-1 py-0.5"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} s/day
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" className="size-5" checked={playback.loop} onChange={(e) => playback.setLoop(e.target.checked)} /> Loop
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" className="size-5" checked={cumulative} onChange={(e) => onCumulative(e.target.checked)} /> Cumulative
        </label>
        <button type="button" className={button} onClick={() => onDay(undefined)} disabled={!day}>
          All days
        </button>
        {/* Beside the controls on a wide screen (the map keeps the height), on a line of its own on a phone. */}
        <div className="flex h-5 min-w-0 basis-full items-baseline gap-x-2 overflow-hidden md:flex-1 md:basis-0">
          <strong data-testid="current-day" className="shrink-0 text-sm whitespace-nowrap">{label}</strong>
          <span data-testid="day-caption" title={caption.text} className="min-w-0 truncate text-xs opacity-90">
            {caption.text}
          </span>
        </div>
      </div>
      <p aria-live="polite" className="sr-only">
        {day ? `${formatDay(day)}: ${countOf(today.shown, "event")}${today.hidden ? `, ${countOf(today.hidden, "event")} hidden by filters` : ""}` : ""}
      </p>
      <KeyDateMarks days={dates} keys={keys} />
      <DayHistogram days={days} day={day} theme={theme} keys={keys} onChoose={onDay} />
      <DateAxis days={dates} />
    </section>
  );
}
