"use client";
import type { EventFeature } from "@/lib/schemas/event";
import type { ThemeName } from "@/lib/map/theme";
import { STATUS_LABEL } from "@/lib/events/labels";
import { attributionNote } from "@/lib/events/attribution-text";
import { formatDay } from "@/lib/time";
import { EventIcon } from "@/components/legend/event-icon";
import { useState } from "react";

/** Items drawn at once: each has its own symbol canvas, and an opened file can hold 100,000 events. */
const PAGE = 200;

/** The events on the map as a list: the primary view for screen-reader users, and a way to pick an event. */
export function EventList({
  events,
  empty,
  selected,
  theme,
  onSelect,
}: {
  events: EventFeature[];
  /** What to say when there are no events: why the list is empty. */
  empty: string;
  selected?: string;
  theme: ThemeName;
  onSelect: (id: string) => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  if (events.length === 0) return <p className="text-sm opacity-75">{empty}</p>;
  return (
    <>
      <ul data-testid="day-events" className="divide-y divide-current/10 text-sm">
        {events.slice(0, limit).map(({ properties: p }) => (
          // Rows out of view are not laid out or painted until scrolled to: the list is up to 200 rows.
          <li key={p.id} data-event-id={p.id} className="[contain-intrinsic-size:auto_3.5rem] [content-visibility:auto]">
            <button
              type="button"
              onClick={() => onSelect(p.id)}
              aria-current={p.id === selected ? "true" : undefined}
              className={`flex w-full items-start gap-2 px-1 py-2 text-left hover:bg-current/5 ${p.id === selected ? "bg-current/10" : ""}`}
            >
              <EventIcon spec={{ theme, kind: p.kind, actor: p.actor, status: p.verification.status, attribution: p.attribution }} />
              <span className="min-w-0">
                <span className="block font-medium">{p.title}</span>
                <span className="block text-xs opacity-75">
                  {formatDay(p.date)} · {p.place.name} · {STATUS_LABEL[p.verification.status]}
                  {p.attribution !== "established" && ` · ${attributionNote(p)}`}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {events.length > limit && (
        <p className="py-2 text-xs">
          {limit.toLocaleString("en-GB")} of {events.length.toLocaleString("en-GB")} listed; a day or a filter narrows the list (the map shows them all).{" "}
          <button type="button" onClick={() => setLimit(limit + PAGE)} className="underline">Show {Math.min(PAGE, events.length - limit)} more</button>
        </p>
      )}
    </>
  );
}
