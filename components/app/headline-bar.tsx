"use client";
import { useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { EventFeature } from "@/lib/schemas/event";
import type { Actor } from "@/lib/schemas/parties";
import { headline } from "@/lib/events/headline";
import { useEventData, useShownView } from "./event-data";

/**
 * One line over the map saying what the days shown hold, from the data: the reader's first ten seconds.
 * Fixed height (one line, two on a phone), so stepping days never moves the map. A line too long for it
 * gets a More button that opens the whole text over the map (for touch and keyboard: a tooltip is neither).
 */
export function HeadlineBar({
  shown,
  days,
  day,
  cumulative,
  names,
  panelClass,
}: {
  shown: EventFeature[];
  days: readonly string[];
  day?: string;
  cumulative: boolean;
  names: Readonly<Record<Actor, string>>;
  /** The page's background and text colours, for the opened text over the map. */
  panelClass: string;
}) {
  const text = useMemo(() => {
    if (days.length === 0) return "";
    const span = !day ? { first: days[0]!, last: days.at(-1)! } : { first: cumulative ? days[0]! : day, last: day };
    return headline(shown, span, names);
  }, [shown, days, day, cumulative, names]);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);
  const overflows = useOverflow(ref, text, open);
  const id = useId();
  const clamp = "line-clamp-2 overflow-hidden md:line-clamp-none md:truncate";
  return (
    <div className="relative h-10 shrink-0 border-b border-current/15 text-sm leading-[18px] font-semibold md:h-6">
      <p
        id={id}
        ref={ref}
        data-testid="headline"
        title={text}
        className={`px-3 py-0.5 md:py-[3px] ${overflows || open ? "pr-16" : ""} ${open ? `absolute inset-x-0 top-0 z-20 border-b border-current/15 pb-2 shadow-lg ${panelClass}` : `h-full ${clamp}`}`}
      >
        {text}
      </p>
      {(overflows || open) && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="absolute top-0.5 right-2 z-30 rounded px-1 text-xs font-normal underline md:top-[3px]"
        >
          {open ? "Less" : "More"}
        </button>
      )}
    </div>
  );
}

/** Whether the clamped line hides part of its text; measured again when the text or the width changes. */
function useOverflow(ref: RefObject<HTMLParagraphElement | null>, text: string, open: boolean): boolean {
  const [value, setValue] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    // Opened, the whole text shows: keep the last answer so the button stays to close it.
    if (!el || open) return;
    const check = () => setValue(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text, open]);
  return value;
}

/** The headline for the days and filters in the URL. */
export function ConnectedHeadline({ panelClass }: { panelClass: string }) {
  const { index, shown, day, cumulative } = useShownView();
  const names = useEventData().sideNames;
  return <HeadlineBar shown={shown} days={index.days} day={day} cumulative={cumulative} names={names} panelClass={panelClass} />;
}
