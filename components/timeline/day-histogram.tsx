"use client";
import { memo, useRef } from "react";
import type { TimelineDay } from "@/lib/schemas/api";
import type { Theme } from "@/lib/map/theme";
import { formatDay } from "@/lib/time";
import { countOf } from "@/lib/events/plural";
import type { KeyDate } from "@/lib/timeline/key-dates";
import { ACTORS } from "@/lib/schemas/values";
import { stepDay } from "@/lib/playback";

/** The slider's own keys, besides ←/→, Home and End, which step the days page-wide: a week for the page keys. */
const SLIDER_STEPS: Readonly<Record<string, number>> = { ArrowUp: 1, ArrowDown: -1, PageUp: 7, PageDown: -7 };

/**
 * One column per day, stacked by actor; click or drag to choose a day. It is a single slider for
 * keyboards and screen readers (←/→, Home and End are handled page-wide; ↑/↓ and Page Up/Down here,
 * as the slider pattern has them), not 29 separate tab stops.
 */
export function DayHistogram({
  days,
  day,
  theme,
  keys = [],
  onChoose,
}: {
  days: TimelineDay[];
  day?: string;
  theme: Theme;
  /** Turning points, named in the slider's value text. */
  keys?: readonly KeyDate[];
  onChoose: (date: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const max = Math.max(1, ...days.map((d) => d.count));
  const index = day ? days.findIndex((d) => d.date === day) : -1;
  const current = days[index];
  const key = current && keys.find((k) => k.date === current.date);
  const dates = days.map((d) => d.date);

  const chooseAt = (clientX: number) => {
    const box = ref.current!.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / box.width) * days.length);
    const d = days[Math.min(days.length - 1, Math.max(0, i))];
    if (d && d.date !== day) onChoose(d.date);
  };

  return (
    <div
      ref={ref}
      role="slider"
      tabIndex={0}
      aria-label="Day"
      // 0 stands for "all days" (no day chosen), so the value always lies within the range.
      aria-valuemin={0}
      aria-valuemax={days.length}
      aria-valuenow={Math.max(0, index + 1)}
      aria-valuetext={current ? `${formatDay(current.date)}, ${countOf(current.count, "event")}${key ? `, ${key.label}` : ""}` : "All days"}
      data-testid="histogram"
      className="flex h-11 cursor-pointer touch-none items-end gap-px select-none"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        chooseAt(e.clientX);
      }}
      onPointerMove={(e) => e.buttons === 1 && chooseAt(e.clientX)}
      onKeyDown={(e) => {
        const delta = SLIDER_STEPS[e.key];
        if (delta === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        const next = stepDay(dates, day, delta);
        if (next && next !== day) onChoose(next);
      }}
    >
      {days.map((d) => (
        <DayBar key={d.date} day={d} current={d.date === day} max={max} theme={theme} />
      ))}
    </div>
  );
}

/** One day's column; memoised, so a day step re-renders only the two columns whose highlight moves. */
const DayBar = memo(function DayBar({ day: d, current, max, theme }: { day: TimelineDay; current: boolean; max: number; theme: Theme }) {
  return (
    <div
      title={`${formatDay(d.date)}: ${countOf(d.count, "event")}`}
      data-date={d.date}
      data-current={current || undefined}
      className={`flex h-full min-w-0 flex-1 flex-col-reverse rounded-sm ${current ? "bg-amber-400/40 ring-2 ring-amber-500" : "bg-current/5"}`}
    >
      {ACTORS.map((a) =>
        d.byActor[a] ? <div key={a} style={{ height: `${(d.byActor[a] / max) * 100}%`, background: theme.actor[a] }} /> : null,
      )}
    </div>
  );
});
