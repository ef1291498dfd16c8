import type { KeyDate } from "./key-dates";

const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "7 May": a tick's label, short enough for a phone. */
export function shortDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? String(date) : SHORT_DAY.format(d);
}

export interface Tick {
  date: string;
  /** Centre of the day's column, 0–1 across the axis. */
  at: number;
  label: string;
  /** Which end of the label sits at the tick: the first and last keep inside the axis. */
  anchor: "start" | "middle" | "end";
}

const centre = (i: number, n: number) => (i + 0.5) / n;

/** A labelled tick every `every` days from the first, and always on the last day. */
export function dateTicks(days: readonly string[], every = 7): Tick[] {
  const n = days.length;
  return days.flatMap((date, i) => {
    const last = i === n - 1;
    // Skip a regular tick that would crowd the last day's label.
    if (i % every !== 0 && !last) return [];
    if (!last && n - 1 - i < every / 2 && i !== 0) return [];
    return [{ date, at: centre(i, n), label: shortDay(date), anchor: i === 0 ? "start" : last ? "end" : "middle" } as Tick];
  });
}

export interface KeyMark extends KeyDate {
  at: number;
  anchor: "start" | "end";
}

/**
 * Key dates placed on the axis. Labels run rightwards from their mark, except where the next mark is
 * close (within `near` of the width) or the mark sits in the right quarter: then the label ends at the mark,
 * so two neighbours' labels grow apart instead of over each other.
 */
export function keyMarks(days: readonly string[], keys: readonly KeyDate[], near = 0.2): KeyMark[] {
  const n = days.length;
  const placed = keys.flatMap((k) => {
    const i = days.indexOf(k.date);
    return i === -1 ? [] : [{ ...k, at: centre(i, n) }];
  });
  return placed.map((k, j) => {
    const next = placed[j + 1];
    const end = (next !== undefined && next.at - k.at < near) || k.at > 0.75;
    return { ...k, anchor: end ? "end" : "start" };
  });
}
