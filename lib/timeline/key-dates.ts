import type { EventFeature, EventKind } from "../schemas/event";

export interface KeyDate {
  date: string;
  /** A word or two under the timeline: "attack", "strikes", "ceasefire". */
  label: string;
  /** The event that makes the day a turning point, for a tooltip or a screen reader. */
  title: string;
}

/**
 * The turning points of the escalation, found in the data rather than written into the interface: the
 * first day of each kind of event below. Strikes count only when they cross the border or the LoC, i.e.
 * an acting state hits territory the other administers, so skirmishes on one's own side do not qualify.
 */
const TURNING_POINTS: { label: string; kinds: readonly EventKind[]; crossBorder?: boolean }[] = [
  { label: "attack", kinds: ["terror_attack"] },
  { label: "strikes", kinds: ["missile_strike", "airstrike"], crossBorder: true },
  { label: "ceasefire", kinds: ["ceasefire"] },
];

const crossesBorder = ({ properties: p }: EventFeature) =>
  (p.actor === "india" && p.place.administeredBy === "pakistan") || (p.actor === "pakistan" && p.place.administeredBy === "india");

/** The key dates present in `events`, in date order; a turning point with no matching event is left out. */
export function keyDates(events: readonly EventFeature[]): KeyDate[] {
  const found: KeyDate[] = [];
  for (const point of TURNING_POINTS) {
    const first = events
      .filter((e) => point.kinds.includes(e.properties.kind) && (!point.crossBorder || crossesBorder(e)))
      .reduce<EventFeature | undefined>((a, e) => (!a || e.properties.date < a.properties.date ? e : a), undefined);
    if (first) found.push({ date: first.properties.date, label: point.label, title: first.properties.title });
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}
