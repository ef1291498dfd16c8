import type { EventFeature, EventKind, VerificationStatus } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import { ACTOR_LABEL, KIND_NOUN } from "./labels";
import { countOf } from "./plural";
import { shortDay } from "../timeline/axis-ticks";

type Props = EventFeature["properties"];

const STRIKES: readonly EventKind[] = ["missile_strike", "airstrike", "drone_strike"];
/** Statuses under which the map states that something happened; the rest are one side's word or contested. */
const SOLID: readonly VerificationStatus[] = ["confirmed", "reported"];
const KASHMIR = new Set(["Azad Jammu and Kashmir", "Gilgit-Baltistan", "Jammu and Kashmir", "Ladakh"]);

/** Where a strike landed, in the neutral names of the methodology: a country, or its side of Kashmir. */
export function areaName(place: Props["place"]): string {
  const country = place.administeredBy === "india" ? "India" : place.administeredBy === "pakistan" ? "Pakistan" : "elsewhere";
  if (KASHMIR.has(place.province) && place.administeredBy !== "china" && place.administeredBy !== "other") return `${country}-administered Kashmir`.replace("India-", "Indian-");
  return country;
}

const listOf = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

function statusCounts(events: Props[]): string {
  const counts = new Map<VerificationStatus, number>();
  for (const e of events) counts.set(e.verification.status, (counts.get(e.verification.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
}

/**
 * One side's strikes in words. Those confirmed or reported are stated as strikes; the rest are counted as
 * contested with their status, never stated as fact; strikes whose author is not established are "attributed".
 */
function strikesBy(actor: Actor, events: Props[]): string[] {
  const own = events.filter((e) => e.actor === actor && STRIKES.includes(e.kind));
  const established = own.filter((e) => e.attribution === "established");
  const solid = established.filter((e) => SOLID.includes(e.verification.status));
  const contested = established.filter((e) => !SOLID.includes(e.verification.status));
  const attributed = own.filter((e) => e.attribution !== "established");
  const areas = (list: Props[]) => listOf([...new Set(list.map((e) => areaName(e.place)))].sort());
  const who = ACTOR_LABEL[actor];
  const out: string[] = [];
  if (solid.length > 0) {
    const more = contested.length > 0 ? `, and ${contested.length} more ${contested.length === 1 ? "is" : "are"} contested (${statusCounts(contested)})` : "";
    out.push(`${who} strikes ${countOf(solid.length, "site")} in ${areas(solid)}${more}`);
  } else if (contested.length > 0)
    out.push(`${countOf(contested.length, "strike")} on ${areas(contested)} attributed to ${who}, all contested (${statusCounts(contested)})`);
  if (attributed.length > 0)
    out.push(`${countOf(attributed.length, "strike")} in ${areas(attributed)} blamed on ${who}, not established`);
  return out;
}

/** A kind counted with its noun, by who acted: "5 shelling incidents (Pakistan 4, India 1)". */
function countedKind(kind: EventKind, events: Props[]): string | null {
  const of = events.filter((e) => e.kind === kind);
  if (of.length === 0) return null;
  const byActor = new Map<Actor, number>();
  for (const e of of) byActor.set(e.actor, (byActor.get(e.actor) ?? 0) + 1);
  const [one, many] = KIND_NOUN[kind];
  if (byActor.size === 1) return `${countOf(of.length, one, many)} by ${ACTOR_LABEL[of[0]!.actor]}`;
  const by = [...byActor].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${ACTOR_LABEL[a]} ${n}`).join(", ");
  return `${countOf(of.length, one, many)} (${by})`;
}

/**
 * The confirmed event of a kind that speaks for itself (the attack, the ceasefire), in its own neutral
 * title; of several, the one with most sources, the data's own measure of how much was reported on it.
 */
function titleOf(kind: EventKind, events: Props[]): string | null {
  const confirmed = events.filter((e) => e.kind === kind && e.verification.status === "confirmed");
  return confirmed.sort((a, b) => b.sources.length - a.sources.length)[0]?.title ?? null;
}

/**
 * A one-line headline for the days shown, built from the data: the confirmed attack or ceasefire in its
 * own words, each side's strikes with contested ones counted apart, then the rest by kind. `span` is the
 * first and last day shown.
 */
export function headline(events: readonly EventFeature[], span: { first: string; last: string }): string {
  const when = span.first === span.last ? shortDay(span.first) : `${shortDay(span.first)} – ${shortDay(span.last)}`;
  const props = events.map((e) => e.properties);
  if (props.length === 0) return `${when}: no events shown`;
  const strikers = (["india", "pakistan", "militants", "other", "unknown"] as const)
    .map((a) => ({ a, n: props.filter((e) => e.actor === a && STRIKES.includes(e.kind)).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n);
  // In story order; the attack and the ceasefire always make the line, the rest fill it up to four parts.
  const attack = titleOf("terror_attack", props);
  const ceasefire = titleOf("ceasefire", props);
  const middle = [...strikers.flatMap(({ a }) => strikesBy(a, props)), countedKind("shelling", props), countedKind("air_combat", props)].filter(
    (p): p is string => !!p,
  );
  const room = 4 - Number(!!attack) - Number(!!ceasefire);
  const parts = [attack, ...middle.slice(0, room), ceasefire].filter((p): p is string => !!p);
  // A quiet day still gets a line: what there was, by kind; failing those two (an opened file's own kinds),
  // its most frequent kinds.
  if (parts.length === 0) parts.push(...(["diplomatic", "air_defence"] as const).flatMap((k) => countedKind(k, props) ?? []));
  if (parts.length === 0) parts.push(...commonestKinds(props, 3).flatMap((k) => countedKind(k, props) ?? []));
  return `${when}: ${parts.join("; ")}`;
}

/** The `n` kinds with most events, most first (ties in the kinds' first appearance). */
function commonestKinds(events: Props[], n: number): EventKind[] {
  const counts = new Map<EventKind, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([kind]) => kind);
}
