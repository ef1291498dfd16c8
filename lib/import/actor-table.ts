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
  // By actor, then by actor type: a key joined per event would build a string 100,000 times for a large file.
  const byActor = new Map<string, Map<string, ActorTableRow>>();
  const rows: ActorTableRow[] = [];
  for (const { properties: p } of events) {
    if (p.imported.format !== "acled") continue;
    const actor = p.imported.extra?.actor1 ?? "";
    const actorType = p.imported.extra?.inter1 ?? "";
    let types = byActor.get(actor);
    if (!types) byActor.set(actor, (types = new Map()));
    const row = types.get(actorType);
    if (row) row.events++;
    else {
      const added = { actor, actorType, ...pick(sideOfActor(actor, actorType, mapping)), events: 1 };
      types.set(actorType, added);
      rows.push(added);
    }
  }
  return rows.sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor));
}

const pick = ({ side, rule }: { side: Actor; rule: ActorRule }) => ({ side, rule });
