"use client";
import type { Theme } from "@/lib/map/theme";
import { STATUS_LABEL } from "@/lib/events/labels";
import { DENSE_THRESHOLD, DOT_STYLE } from "@/lib/map/layers/events";
import { VERIFICATION_STATUSES } from "@/lib/schemas/values";

/** The dots the map draws instead of symbols when too many events are shown, from the same table as the layer. */
export function DotLegend({ theme }: { theme: Theme }) {
  const colour = theme.actor.other;
  return (
    <div data-testid="dot-legend">
      <h3 className="mb-1 font-semibold">Dots (too many events for symbols)</h3>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {VERIFICATION_STATUSES.map((s) => {
          const d = DOT_STYLE[s];
          return (
            <li key={s} className="flex items-center gap-1">
              <svg width="14" height="14" aria-hidden>
                <circle
                  cx="7"
                  cy="7"
                  r="4.5"
                  fill={d.filled ? colour : theme.hollowFill}
                  fillOpacity={d.fillOpacity}
                  stroke={s === "confirmed" ? theme.textHalo : colour}
                  strokeWidth={d.strokeWidth}
                  strokeOpacity={d.strokeOpacity}
                />
              </svg>
              {STATUS_LABEL[s]}
            </li>
          );
        })}
      </ul>
      <p className="mt-1 opacity-70">Choose a day or filter to {DENSE_THRESHOLD.toLocaleString("en-GB")} events or fewer to see the symbols.</p>
    </div>
  );
}
