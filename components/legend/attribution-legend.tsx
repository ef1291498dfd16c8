"use client";
import type { ThemeName } from "@/lib/map/theme";
import type { Actor, Attribution } from "@/lib/schemas/parties";
import { ATTRIBUTION_LABEL, ATTRIBUTION_SYMBOL } from "@/lib/events/labels";
import { EventIcon } from "./event-icon";

/** One example of each attribution as drawn, with both sides' colours among them. */
export const ATTRIBUTION_EXAMPLES: { attribution: Attribution; actor: Actor }[] = [
  { attribution: "established", actor: "india" },
  { attribution: "claimed", actor: "pakistan" },
  { attribution: "disputed", actor: "india" },
  { attribution: "unknown", actor: "unknown" },
];

/** How the symbol shows whether who acted is established: only then does it take a side's colour. */
export function AttributionLegend({ theme }: { theme: ThemeName }) {
  return (
    <div data-testid="attribution-legend">
      <h3 className="mb-1 font-semibold">Who acted: established or not (badge)</h3>
      <ul className="grid gap-1">
        {ATTRIBUTION_EXAMPLES.map(({ attribution, actor }) => (
          <li key={attribution} className="flex items-center gap-2">
            <EventIcon spec={{ theme, kind: "missile_strike", actor, status: "confirmed", attribution }} size={22} />
            <span>
              <b>{ATTRIBUTION_LABEL[attribution]}</b>: {ATTRIBUTION_SYMBOL[attribution]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
