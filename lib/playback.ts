import type { EventFeature } from "./schemas/event";
import type { EventKind } from "./schemas/event";
import type { Actor } from "./schemas/parties";
import { ACTOR_LABEL, KIND_NOUN } from "./events/labels";

/** Seconds a day stays on screen while playing. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 1;

/**
 * The day `delta` steps from `current` within `days`. With no current day, stepping forward starts
 * at the first day and back at the last. Past either end it stops there, or wraps when `loop` is set.
 */
export function stepDay(days: readonly string[], current: string | undefined, delta: number, loop = false): string | undefined {
  if (days.length === 0) return undefined;
  if (current === undefined) return delta >= 0 ? days[0] : days.at(-1);
  const i = days.indexOf(current);
  const from = i === -1 ? nearestIndex(days, current) : i;
  const to = from + delta;
  if (loop) return days[((to % days.length) + days.length) % days.length];
  return days[Math.min(days.length - 1, Math.max(0, to))];
}

/** Index of the first day on or after `date`, or the last day. */
function nearestIndex(days: readonly string[], date: string): number {
  const i = days.findIndex((d) => d >= date);
  return i === -1 ? days.length - 1 : i;
}

/**
 * One line on a day's events, by what happened and who acted, most frequent first:
 * "9 missile strikes by India, 4 shelling incidents by Pakistan, 1 diplomatic step by India". `names` are
 * the sides' names in the dataset's manifest (the defaults when not given).
 */
export function dayCaption(events: readonly EventFeature[], names: Readonly<Record<Actor, string>> = ACTOR_LABEL): string {
  if (events.length === 0) return "No recorded events";
  const groups = new Map<string, { kind: EventKind; actor: Actor; n: number }>();
  for (const { properties: p } of events) {
    const key = `${p.kind}/${p.actor}`;
    const g = groups.get(key) ?? { kind: p.kind, actor: p.actor, n: 0 };
    g.n++;
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.n - a.n)
    .map(({ kind, actor, n }) => `${n} ${KIND_NOUN[kind][n === 1 ? 0 : 1]} by ${names[actor]}`)
    .join(", ");
}
