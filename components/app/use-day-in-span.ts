"use client";
import { useEffect, useState } from "react";
import { clampDay } from "@/lib/time";
import { daySpanIssue, type UrlIssue } from "./url-state/url-issues";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useEventData } from "./event-data";

/**
 * Keeps the day shown within the loaded data's days (the built-in events' or an opened file's): a day
 * outside them, from a link or from Back, moves to the nearer end and is named in the link notice. The
 * span is known only once the events have loaded, so this cannot be checked as the link is read.
 */
export function useDayInSpan(): UrlIssue | null {
  const store = useUrlStore();
  const { index } = useEventData();
  const [first, last] = [index.days[0], index.days.at(-1)];
  // Only a day outside the span is selected, so a day step within it does not re-render the caller.
  const outside = useUrlSlice((s) => (s.day && first && last && clampDay(s.day, first, last) !== s.day ? s.day : undefined));
  // Kept after the day has moved into the span, until the reader dismisses the notice.
  const [issue, setIssue] = useState<UrlIssue | null>(null);
  const found = outside && first && last ? daySpanIssue(outside, first, last) : null;
  if (found && (found.value !== issue?.value || found.fallback !== issue.fallback)) setIssue(found);
  useEffect(() => {
    if (outside && first && last) store.update({ day: clampDay(outside, first, last) });
  }, [outside, first, last, store]);
  return issue;
}
