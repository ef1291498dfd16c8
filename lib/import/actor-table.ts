import type { Actor } from "../schemas/parties";
import type { ImportedEventFeature } from "../schemas/imported-event";
import { sideOfActor, type ActorMapping, type ActorRule } from "./acled-actors";

/** One actor of an ACLED import: the side it got, the rule that gave it, and on how many events. */
export interface ActorTableRow {
  actor: string;
  actorType: string;
  side: Actor;
  rule: ActorRule;
  events: number;
}

/**
 * The actor → side table of an ACLED import, most frequent actor first, so the reader can see every
 * decision the mapping made and change the ones they disagree with.
 */
export function actorTable(events: readonly ImportedEventFeature[], mapping: ActorMapping): ActorTableRow[] {
  const rows = new Map<string, ActorTableRow>();
  for (const { properties: p } of events) {
    if (p.imported.format !== "acled") continue;
    const actor = p.imported.extra?.actor1 ?? "";
    const actorType = p.imported.extra?.inter1 ?? "";
    const key = `${actor}\u0000${actorType}`;
    const row = rows.get(key);
    if (row) row.events++;
    else rows.set(key, { actor, actorType, ...pick(sideOfActor(actor, actorType, mapping)), events: 1 });
  }
  return [...rows.values()].sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor));
}

const pick = ({ side, rule }: { side: Actor; rule: ActorRule }) => ({ side, rule });
