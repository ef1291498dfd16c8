"use client";
import { useState } from "react";
import type { Theme } from "@/lib/map/theme";
import type { Side } from "@/lib/schemas/dataset";
import type { EventKind } from "@/lib/schemas/event";
import { BOUNDARY_LABEL, KIND_LABEL, STATUS_LABEL, STATUS_MEANING } from "@/lib/events/labels";
import { BOUNDARY_DASH } from "@/lib/map/layers/boundaries";
import type { BoundaryKind } from "@/lib/schemas/boundary";
import { EventIcon } from "./event-icon";
import { AttributionLegend } from "./attribution-legend";
import { VERIFICATION_STATUSES } from "@/lib/schemas/values";

function LineSwatch({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="28" height="10" aria-hidden className="shrink-0">
      <line x1="1" y1="5" x2="27" y2="5" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** Collapsed, the legend still says what the colours mean, in one line that leaves the map free. */
export function CompactKey({ theme, sides, testId = "compact-key", className = "mt-1" }: { theme: Theme; sides: readonly Side[]; testId?: string; className?: string }) {
  return (
    <ul data-testid={testId} aria-label="Colours: who acted" className={`flex flex-wrap gap-x-2 gap-y-0.5 ${className}`}>
      {sides
        // Unknown is the grey of "not established" below; every other side, the catch-all included, has its own colour.
        .filter((s) => s.id !== "unknown")
        .map(({ id, name }) => (
          <li key={id} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: theme.actor[id] }} />
            {name}
          </li>
        ))}
      <li className="flex items-center gap-1">
        <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: theme.actor.unknown }} />
        not established
      </li>
    </ul>
  );
}

/** Names every symbol, colour and line on the map; collapsible so it never hides the map on a phone. */
export interface LegendProps {
  theme: Theme;
  /** The dataset's sides (names; colours come with the theme) and the kinds its events use, in order. */
  sides: readonly Side[];
  kinds: readonly EventKind[];
  defaultOpen?: boolean;
}

export function Legend({ theme, sides, kinds, defaultOpen = true }: LegendProps) {
  const [open, setOpen] = useState(defaultOpen);
  const t = theme.name;
  return (
    <section aria-label="Legend" data-testid="legend" className="text-xs">
      {/* A heading holding its disclosure button, so the key's h3 sections sit under an h2 in the page outline. */}
      <h2>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="flex min-h-6 w-full items-center justify-between font-semibold"
        >
          Legend <span aria-hidden>{open ? "▾" : "▸"}</span>
        </button>
      </h2>
      {!open && <CompactKey theme={theme} sides={sides} />}
      {open && (
        <div className="mt-2 grid gap-3">
          <div>
            <h3 className="mb-1 font-semibold">Lines</h3>
            <ul className="grid gap-1">
              {(Object.keys(BOUNDARY_DASH) as BoundaryKind[]).map((k) => (
                <li key={k} className="flex items-center gap-2">
                  <LineSwatch colour={theme.boundary[k]} dash={BOUNDARY_DASH[k]?.map((d) => d * 2.5).join(" ")} />
                  {BOUNDARY_LABEL[k]}
                </li>
              ))}
              <li className="flex items-center gap-2">
                <span
                  aria-hidden
                  className="inline-block h-3 w-7"
                  style={{ background: `repeating-linear-gradient(135deg, ${theme.disputedHatch} 0 1px, transparent 1px 5px)` }}
                />
                Disputed area (Natural Earth)
              </li>
            </ul>
            <p className="mt-1 opacity-70">Lines are de facto, generalised from Natural Earth; not either side&apos;s claim.</p>
          </div>
          <div>
            <h3 className="mb-1 font-semibold">Verification (fill)</h3>
            <ul className="grid gap-1">
              {VERIFICATION_STATUSES.map((s) => (
                <li key={s} className="flex items-center gap-2">
                  <EventIcon spec={{ theme: t, kind: "missile_strike", actor: "other", status: s, attribution: "established" }} />
                  <span>
                    <b>{STATUS_LABEL[s]}</b>: {STATUS_MEANING[s]}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-1 font-semibold">Who acted (colour, when established)</h3>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {sides.map(({ id, name }) => (
                <li key={id} className="flex items-center gap-1">
                  <span className="inline-block h-3 w-3 rounded-full" style={{ background: theme.actor[id] }} />
                  {name}
                </li>
              ))}
            </ul>
          </div>
          <AttributionLegend theme={t} />
          <div>
            <h3 className="mb-1 font-semibold">What happened (shape)</h3>
            <ul className="grid grid-cols-2 gap-1">
              {kinds.map((k) => (
                <li key={k} className="flex items-center gap-1">
                  <EventIcon spec={{ theme: t, kind: k, actor: "other", status: "confirmed", attribution: "established" }} />
                  {KIND_LABEL[k]}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
