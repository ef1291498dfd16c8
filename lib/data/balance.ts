import type { EventKind, EventProperties } from "../schemas/event";
import { EventKindSchema } from "../schemas/event";
import { ActorSchema, AttributionSchema, type Actor, type Attribution } from "../schemas/parties";
import { SourceOriginSchema, SourceTypeSchema, WEAK_SOURCE_TYPES, type SourceOrigin, type SourceType } from "../schemas/source";
import { ACTOR_LABEL, ATTRIBUTION_LABEL, KIND_LABEL } from "../events/labels";
import { SOURCE_ORIGIN_LABEL, SOURCE_TYPE_LABEL } from "../events/detail-labels";
import { dateRange } from "../time";

/** At most this share of all source entries may be aggregators, blogs or social posts. */
export const MAX_WEAK_SHARE = 0.15;

type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]): Counts<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

/** One day: what each side did and which events carry each side's own account. */
export interface DayBalance {
  date: string;
  acted: Counts<Actor>;
  /** Events with at least one claim by India / by Pakistan. */
  indiaClaims: number;
  pakistanClaims: number;
}

/** How the dataset is spread over sides, attributions, kinds, days and sources. */
export interface Balance {
  events: number;
  byActor: Record<Actor, Counts<Attribution>>;
  byKind: Record<EventKind, Counts<Actor>>;
  byDay: DayBalance[];
  sourceTypes: Counts<SourceType>;
  sourceOrigins: Counts<SourceOrigin>;
  sourceEntries: number;
  weakEntries: number;
  /** Ids of events whose every source is weak. */
  weakOnly: string[];
}

/**
 * Counts the events of the dataset by actor and attribution, by kind and actor, by day (every day of
 * `period`, empty ones included, so a day with one side missing stands out) and its source entries by
 * type and origin. A source entry is one source listed by one event.
 */
export function computeBalance(events: readonly EventProperties[], period: { first: string; last: string }): Balance {
  const byActor = Object.fromEntries(ActorSchema.options.map((a) => [a, zero(AttributionSchema.options)])) as Balance["byActor"];
  const byKind = Object.fromEntries(EventKindSchema.options.map((k) => [k, zero(ActorSchema.options)])) as Balance["byKind"];
  const days = new Map<string, DayBalance>(
    dateRange(period.first, period.last).map((date) => [date, { date, acted: zero(ActorSchema.options), indiaClaims: 0, pakistanClaims: 0 }]),
  );
  const sourceTypes = zero(SourceTypeSchema.options);
  const sourceOrigins = zero(SourceOriginSchema.options);
  const weakOnly: string[] = [];
  let sourceEntries = 0;
  let weakEntries = 0;
  for (const p of events) {
    byActor[p.actor][p.attribution]++;
    byKind[p.kind][p.actor]++;
    const day = days.get(p.date);
    if (day) {
      day.acted[p.actor]++;
      if (p.claims.some((c) => c.side === "india")) day.indiaClaims++;
      if (p.claims.some((c) => c.side === "pakistan")) day.pakistanClaims++;
    }
    for (const s of p.sources) {
      sourceTypes[s.type]++;
      sourceOrigins[s.origin]++;
      if (WEAK_SOURCE_TYPES.includes(s.type)) weakEntries++;
    }
    sourceEntries += p.sources.length;
    if (p.sources.length > 0 && p.sources.every((s) => WEAK_SOURCE_TYPES.includes(s.type))) weakOnly.push(p.id);
  }
  return { events: events.length, byActor, byKind, byDay: [...days.values()], sourceTypes, sourceOrigins, sourceEntries, weakEntries, weakOnly };
}

/** The balance rules a dataset must meet; each problem is a sentence naming the numbers or events at fault. */
export function balanceProblems(b: Balance): string[] {
  const problems: string[] = [];
  const share = b.sourceEntries ? b.weakEntries / b.sourceEntries : 0;
  if (share > MAX_WEAK_SHARE)
    problems.push(
      `aggregator, blog and social sources are ${percent(b.weakEntries, b.sourceEntries)} of all source entries (${b.weakEntries} of ${b.sourceEntries}); at most ${MAX_WEAK_SHARE * 100}% is allowed`,
    );
  if (b.weakOnly.length > 0) problems.push(`events resting on aggregator, blog or social sources alone: ${b.weakOnly.join(", ")}`);
  return problems;
}

/** "12.5%", or "–" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole ? `${((part / whole) * 100).toFixed(1)}%` : "–";
}

/** A table ready to print: a title, a header row and body rows of cells. */
export interface BalanceTable {
  title: string;
  header: string[];
  rows: string[][];
}

const ACTORS = ActorSchema.options;

/** The balance as tables: who acted by attribution, kinds by actor, days by side, sources by type and origin. */
export function balanceTables(b: Balance): BalanceTable[] {
  const n = String;
  const sum = (c: Record<string, number>) => Object.values(c).reduce((a, x) => a + x, 0);
  const actorRows = ACTORS.filter((a) => sum(b.byActor[a]) > 0);
  return [
    {
      title: `Events by side (actor, or the side accused) and attribution — ${b.events} events`,
      header: ["actor", "events", ...AttributionSchema.options.map((a) => ATTRIBUTION_LABEL[a].toLowerCase())],
      rows: actorRows.map((a) => [ACTOR_LABEL[a], n(sum(b.byActor[a])), ...AttributionSchema.options.map((t) => n(b.byActor[a][t]))]),
    },
    {
      title: "Events by kind and actor",
      header: ["kind", "events", ...ACTORS.map((a) => ACTOR_LABEL[a])],
      rows: EventKindSchema.options
        .filter((k) => sum(b.byKind[k]) > 0)
        .map((k) => [KIND_LABEL[k], n(sum(b.byKind[k])), ...ACTORS.map((a) => n(b.byKind[k][a]))]),
    },
    {
      title: "Events by day: who acted, and how many events carry each side's own account",
      header: ["date", "India acted", "Pakistan acted", "others", "India's account", "Pakistan's account"],
      rows: b.byDay.map((d) => [
        d.date,
        n(d.acted.india),
        n(d.acted.pakistan),
        n(d.acted.militants + d.acted.other + d.acted.unknown),
        n(d.indiaClaims),
        n(d.pakistanClaims),
      ]),
    },
    {
      title: `Source entries by type — ${b.sourceEntries} entries; aggregator, blog and social: ${b.weakEntries} (${percent(b.weakEntries, b.sourceEntries)}, at most ${MAX_WEAK_SHARE * 100}%)`,
      header: ["type", "entries", "share"],
      rows: SourceTypeSchema.options.map((t) => [SOURCE_TYPE_LABEL[t], n(b.sourceTypes[t]), percent(b.sourceTypes[t], b.sourceEntries)]),
    },
    {
      title: "Source entries by origin (where the publisher is based)",
      header: ["origin", "entries", "share"],
      rows: SourceOriginSchema.options.map((o) => [SOURCE_ORIGIN_LABEL[o], n(b.sourceOrigins[o]), percent(b.sourceOrigins[o], b.sourceEntries)]),
    },
  ];
}
