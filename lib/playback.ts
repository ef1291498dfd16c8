import type { EventFeature, EventKind, EventProperties } from "./schemas/event";
import type { Actor } from "./schemas/parties";
import { ACTOR_LABEL, KIND_NOUN, UNCONTESTED_STATUSES } from "./events/labels";
import { countedBy, whoActedKey } from "./events/attribution-text";

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
 * "9 missile strikes by India (3 contested), 4 shelling incidents by Pakistan, 1 drone strike blamed on
 * India (not established)". Who acted is stated only where it is established (countedBy), and events
 * that are claimed, disputed or denied are counted as contested. `names` are the sides' names in the
 * dataset's manifest (the defaults when not given).
 */
export function dayCaption(events: readonly EventFeature[], names: Readonly<Record<Actor, string>> = ACTOR_LABEL): string {
  if (events.length === 0) return "No recorded events";
  const groups = new Map<string, { kind: EventKind; who: Pick<EventProperties, "actor" | "attribution">; n: number; contested: number }>();
  for (const { properties: p } of events) {
    const key = `${p.kind}/${whoActedKey(p)}`;
    const g = groups.get(key) ?? { kind: p.kind, who: p, n: 0, contested: 0 };
    g.n++;
    if (!UNCONTESTED_STATUSES.includes(p.verification.status)) g.contested++;
    groups.set(key, g);
  }
  const contestedNote = (n: number, contested: number) => (contested === 0 ? [] : [contested < n ? `${contested} contested` : n === 1 ? "contested" : "all contested"]);
  return [...groups.values()]
    .sort((a, b) => b.n - a.n)
    .map(({ kind, who, n, contested }) => `${n} ${KIND_NOUN[kind][n === 1 ? 0 : 1]} ${countedBy(who, n, names, contestedNote(n, contested))}`)
    .join(", ");
}

