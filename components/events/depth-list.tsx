"use client";
import type { EventFeature } from "@/lib/schemas/event";
import { ACTOR_LABEL, BOUNDARY_LABEL } from "@/lib/events/labels";
import { roundKm } from "@/lib/events/depth-text";

/** Bars drawn at most: an opened file can hold 100,000 events. */
const SHOWN = 500;

/** The shown events by distance from the nearest India–Pakistan line, deepest first, as a bar chart. */
export function DepthList({ events, selected, onSelect }: { events: EventFeature[]; selected?: string; onSelect: (id: string) => void }) {
  const located = events
    .filter((e) => e.properties.depth && e.properties.kind !== "diplomatic")
    .sort((a, b) => b.properties.depth!.distanceToLineKm - a.properties.depth!.distanceToLineKm);
  if (located.length === 0) return <p className="text-sm opacity-75">No located events for this day and filters.</p>;
  const max = located[0]!.properties.depth!.distanceToLineKm || 1;
  return (
    <div className="text-sm">
      <p className="mb-2 text-xs opacity-75">Distance from the nearest line on the ground — Line of Control, Actual Ground Position Line, Working Boundary or international border (geodesic), the same in every boundary view.</p>
      <ol data-testid="depth-list" className="space-y-1.5">
        {located.slice(0, SHOWN).map(({ properties: p }) => (
          <li key={p.id}>
            <button type="button" onClick={() => onSelect(p.id)} aria-current={p.id === selected ? "true" : undefined} className="w-full text-left">
              <span className="flex justify-between gap-2 text-xs">
                <span className="truncate">{p.place.name} · {ACTOR_LABEL[p.actor]}</span>
                <span className="shrink-0 tabular-nums">{roundKm(p.depth!.distanceToLineKm)} km · {BOUNDARY_LABEL[p.depth!.nearestLine]}</span>
              </span>
              <span className="mt-0.5 block h-1.5 rounded bg-current/10">
                <span className="block h-full rounded bg-current/60" style={{ width: `${(p.depth!.distanceToLineKm / max) * 100}%` }} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {located.length > SHOWN && <p className="mt-2 text-xs">The {SHOWN} deepest of {located.length.toLocaleString("en-GB")} are listed; a day or a filter narrows the list.</p>}
    </div>
  );
}
