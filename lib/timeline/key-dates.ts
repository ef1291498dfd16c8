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

/**
 * The key dates present in `events`, in date order; a turning point with no matching event is left out.
 * One pass over the events: an opened file may hold 100,000.
 */
export function keyDates(events: readonly EventFeature[]): KeyDate[] {
  const first: (EventFeature | undefined)[] = TURNING_POINTS.map(() => undefined);
  for (const e of events)
    TURNING_POINTS.forEach((point, i) => {
      const best = first[i];
      if ((!best || e.properties.date < best.properties.date) && point.kinds.includes(e.properties.kind) && (!point.crossBorder || crossesBorder(e))) first[i] = e;
    });
  return TURNING_POINTS.flatMap((point, i) => {
    const e = first[i];
    return e ? [{ date: e.properties.date, label: point.label, title: e.properties.title }] : [];
  }).sort((a, b) => a.date.localeCompare(b.date));
}
