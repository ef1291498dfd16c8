import type { DayRange } from "./frame-info";
import type { FrameDays } from "./map-source";

/** The days a frame covers, and the day drawn at full strength when earlier ones are faded. */
export function spanOf(days: FrameDays, allDays: readonly string[]): { range: DayRange; focus?: string } {
  const first = allDays[0] ?? "";
  const last = allDays.at(-1) ?? "";
  if (days.mode === "all") return { range: { from: first, to: last } };
  if (days.mode === "cumulative") return { range: { from: first, to: days.day }, focus: days.day };
  return { range: { from: days.day, to: days.day } };
}

/** The frame the reader is looking at: the day (or up to it) in the URL, or every day. */
export function currentFrameDays(state: { day?: string; mode: "day" | "cumulative" }): FrameDays {
  return state.day ? { mode: state.mode, day: state.day } : { mode: "all" };
}
