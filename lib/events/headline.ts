import type { EventFeature, EventKind, VerificationStatus } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import { ACTOR_LABEL, KIND_NOUN, UNCONTESTED_STATUSES } from "./labels";
import { countOf } from "./plural";
import { countedBy, sideInText, whoActedKey } from "./attribution-text";
import { shortDay } from "../timeline/axis-ticks";

type Props = EventFeature["properties"];

const STRIKES: readonly EventKind[] = ["missile_strike", "airstrike", "drone_strike"];
const SOLID = UNCONTESTED_STATUSES;
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

type Names = Readonly<Record<Actor, string>>;

const areasOf = (list: Props[]) => listOf([...new Set(list.map((e) => areaName(e.place)))].sort());

/**
 * One side's strikes in words. Those confirmed or reported are stated as strikes; the rest are counted as
 * contested with their status, never stated as fact; strikes whose author is named but not established
 * are "blamed on" the side. Strikes by no named side are counted apart (unattributedStrikes).
 */
function strikesBy(actor: Actor, events: Props[], names: Names): string[] {
  const own = events.filter((e) => e.actor === actor && STRIKES.includes(e.kind) && whoActedKey(e) !== "unknown");
  const established = own.filter((e) => e.attribution === "established");
  const solid = established.filter((e) => SOLID.includes(e.verification.status));
  const contested = established.filter((e) => !SOLID.includes(e.verification.status));
  const blamed = own.filter((e) => e.attribution !== "established");
  const out: string[] = [];
  if (solid.length > 0) {
    const more = contested.length > 0 ? `, and ${contested.length} more ${contested.length === 1 ? "is" : "are"} contested (${statusCounts(contested)})` : "";
    const who = sideInText(actor, names, solid.length);
    const subject = who.text.charAt(0).toUpperCase() + who.text.slice(1);
    out.push(`${subject} ${who.plural ? "strike" : "strikes"} ${countOf(solid.length, "site")} in ${areasOf(solid)}${more}`);
  } else if (contested.length > 0)
    out.push(`${countOf(contested.length, "strike")} on ${areasOf(contested)} attributed to ${sideInText(actor, names, contested.length).text}, all contested (${statusCounts(contested)})`);
  if (blamed.length > 0) out.push(`${countOf(blamed.length, "strike")} in ${areasOf(blamed)} ${countedBy(blamed[0]!, blamed.length, names)}`);
  return out;
}

/** Strikes that no side is named for with any confidence: counted once, never under a side. */
function unattributedStrikes(events: Props[]): string | null {
  const of = events.filter((e) => STRIKES.includes(e.kind) && whoActedKey(e) === "unknown");
  return of.length === 0 ? null : `${countOf(of.length, "strike")} in ${areasOf(of)} ${countedBy(of[0]!, of.length)}`;
}

/**
 * A kind counted with who acted, stated only where established: "7 shelling incidents (Pakistan 5,
 * India 1; 1 blamed on India, not established)"; of one kind by one side, "by Pakistan" or "blamed on
 * Pakistan (not established)"; with no side established, "6 protests blamed on India 4, Pakistan 2 (not established)".
 */
function countedKind(kind: EventKind, events: Props[], names: Names): string | null {
  const of = events.filter((e) => e.kind === kind);
  if (of.length === 0) return null;
  const [one, many] = KIND_NOUN[kind];
  const counted = countOf(of.length, one, many);
  const groups = new Map<string, { who: Props; n: number }>();
  for (const e of of) {
    const g = groups.get(whoActedKey(e)) ?? { who: e, n: 0 };
    g.n++;
    groups.set(whoActedKey(e), g);
  }
  if (groups.size === 1) return `${counted} ${countedBy(of[0]!, of.length, names)}`;
  const all = [...groups.values()].sort((a, b) => b.n - a.n);
  const sides = (list: typeof all) => list.map((g) => `${sideInText(g.who.actor, names, 2).text} ${g.n}`).join(", ");
  const established = all.filter((g) => g.who.attribution === "established" && whoActedKey(g.who) !== "unknown");
  const blamed = all.filter((g) => g.who.attribution !== "established" && whoActedKey(g.who) !== "unknown");
  const unknown = all.find((g) => whoActedKey(g.who) === "unknown");
  const blamedCount = blamed.reduce((sum, g) => sum + g.n, 0);
  const blamedOn = blamed.length === 1 ? sideInText(blamed[0]!.who.actor, names, blamedCount).text : sides(blamed);
  if (established.length === 0 && !unknown) return `${counted} blamed on ${blamedOn} (not established)`;
  const parts = [
    sides(established),
    blamedCount > 0 ? `${blamedCount} blamed on ${blamedOn}, not established` : "",
    unknown ? `${unknown.n} ${countedBy(unknown.who, unknown.n)}` : "",
  ];
  return `${counted} (${parts.filter(Boolean).join("; ")})`;
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
 * own words, each side's strikes with contested ones counted apart, then the rest by kind. Who acted is
 * stated only where it is established. `span` is the first and last day shown; `names` the manifest's sides.
 */
export function headline(events: readonly EventFeature[], span: { first: string; last: string }, names: Names = ACTOR_LABEL): string {
  const when = span.first === span.last ? shortDay(span.first) : `${shortDay(span.first)} – ${shortDay(span.last)}`;
  const props = events.map((e) => e.properties);
  if (props.length === 0) return `${when}: no events shown`;
  const strikers = (["india", "pakistan", "militants", "other"] as const)
    .map((a) => ({ a, n: props.filter((e) => e.actor === a && STRIKES.includes(e.kind)).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n);
  // In story order; the attack and the ceasefire always make the line, the rest fill it up to four parts.
  const attack = titleOf("terror_attack", props);
  const ceasefire = titleOf("ceasefire", props);
  const middle = [
    ...strikers.flatMap(({ a }) => strikesBy(a, props, names)),
    unattributedStrikes(props),
    countedKind("shelling", props, names),
    countedKind("air_combat", props, names),
  ].filter((p): p is string => !!p);
  const room = 4 - Number(!!attack) - Number(!!ceasefire);
  const parts = [attack, ...middle.slice(0, room), ceasefire].filter((p): p is string => !!p);
  // A quiet day still gets a line: what there was, by kind; failing those two (an opened file's own kinds),
  // its most frequent kinds.
  if (parts.length === 0) parts.push(...(["diplomatic", "air_defence"] as const).flatMap((k) => countedKind(k, props, names) ?? []));
  if (parts.length === 0) parts.push(...commonestKinds(props, 3).flatMap((k) => countedKind(k, props, names) ?? []));
  return `${when}: ${parts.join("; ")}`;
}

/** The `n` kinds with most events, most first (ties in the kinds' first appearance). */
function commonestKinds(events: Props[], n: number): EventKind[] {
  const counts = new Map<EventKind, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([kind]) => kind);
}
