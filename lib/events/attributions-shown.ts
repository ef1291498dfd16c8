import type { EventFeature } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import { ATTRIBUTIONS } from "../schemas/values";

/**
 * Each attribution among the shown events that is not established, with the side most often named for
 * it, so an export's legend explains exactly the badges on the map and draws them in a colour it shows.
 */
export function attributionsShown(shown: readonly EventFeature[]): { attribution: Attribution; actor: Actor }[] {
  return ATTRIBUTIONS.flatMap((attribution) => {
    if (attribution === "established") return [];
    const counts = new Map<Actor, number>();
    for (const { properties: p } of shown) if (p.attribution === attribution) counts.set(p.actor, (counts.get(p.actor) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    return top ? [{ attribution, actor: top[0] }] : [];
  });
}
