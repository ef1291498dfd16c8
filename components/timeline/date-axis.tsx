"use client";
import { dateTicks, keyMarks, shortDay } from "@/lib/timeline/axis-ticks";
import type { KeyDate } from "@/lib/timeline/key-dates";

const ANCHOR = { start: "translateX(0)", middle: "translateX(-50%)", end: "translateX(-100%)" } as const;

/**
 * The turning points above the day columns: a mark on the day and a short label ("7 May strikes").
 * Drawn for the eye; the slider's value text names a key day for screen readers.
 */
export function KeyDateMarks({ days, keys }: { days: readonly string[]; keys: readonly KeyDate[] }) {
  return (
    <div aria-hidden data-testid="key-dates" className="relative mt-1 h-4 text-[11px] leading-4">
      {keyMarks(days, keys).map((k) => (
        <span
          key={k.date}
          title={`${shortDay(k.date)}: ${k.title}`}
          data-date={k.date}
          className={`absolute top-0 flex items-center gap-1 whitespace-nowrap font-semibold ${k.anchor === "end" ? "flex-row-reverse" : ""}`}
          style={{ left: `${k.at * 100}%`, transform: ANCHOR[k.anchor] }}
        >
          <span className="inline-block h-4 w-0.5 bg-current" />
          {shortDay(k.date)} {k.label}
        </span>
      ))}
    </div>
  );
}

/** Labelled weekly ticks under the day columns, so a bar's date reads without a tooltip. */
export function DateAxis({ days }: { days: readonly string[] }) {
  return (
    <div aria-hidden data-testid="date-axis" className="relative h-4 border-t border-current/30 text-[11px] leading-4 opacity-90">
      {dateTicks(days).map((t) => (
        <span key={t.date} data-date={t.date} className="absolute top-0 whitespace-nowrap" style={{ left: `${t.at * 100}%`, transform: ANCHOR[t.anchor] }}>
          <span className="absolute -top-1 h-1 w-px bg-current" style={{ left: t.anchor === "start" ? 0 : t.anchor === "end" ? "100%" : "50%" }} />
          {t.label}
        </span>
      ))}
    </div>
  );
}
