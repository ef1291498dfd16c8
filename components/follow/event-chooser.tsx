"use client";
import { useEffect, useRef } from "react";
import type { EventFeature } from "@/lib/schemas/event";
import { formatDay } from "@/lib/time";

/**
 * Several events drawn on (nearly) the same spot: a click lists them all, so each can be opened, rather
 * than only the one drawn on top.
 */
export function EventChooser({ events, at, panelClass, onChoose, onClose }: {
  events: readonly EventFeature[];
  at: { x: number; y: number };
  panelClass: string;
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>("button")?.focus();
  }, [events]);
  return (
    <div
      ref={list}
      role="dialog"
      aria-label={`${events.length} events at this place`}
      data-testid="event-chooser"
      className={`absolute z-20 w-64 rounded p-2 text-xs shadow-lg ${panelClass}`}
      style={{ left: Math.max(4, at.x - 128), top: at.y + 12 }}
      onKeyDown={(e) => e.key === "Escape" && (e.stopPropagation(), onClose())}
    >
      <div className="mb-1 flex items-center justify-between font-semibold">
        <span>{events.length} events here</span>
        <button type="button" aria-label="Close" onClick={onClose} className="px-1">
          ×
        </button>
      </div>
      <ul className="grid gap-1">
        {events.map((e) => (
          <li key={e.properties.id}>
            <button type="button" onClick={() => onChoose(e.properties.id)} className="w-full rounded px-1 py-0.5 text-left hover:bg-current/10">
              <span className="block font-medium">{e.properties.title}</span>
              <span className="opacity-75">
                {formatDay(e.properties.date)} · {e.properties.place.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
