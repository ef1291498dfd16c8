"use client";
import type { EventFeature } from "@/lib/schemas/event";
import type { ThemeName } from "@/lib/map/theme";
import { formatDay } from "@/lib/time";
import { STATUS_LABEL, STATUS_MEANING } from "@/lib/events/labels";
import { describeAttribution } from "@/lib/events/attribution-text";
import { placeLine } from "@/lib/events/place-line";
import { localTime } from "@/lib/events/local-time";
import { useTimeZones } from "@/components/data/use-dataset";
import { EventIcon } from "@/components/legend/event-icon";

/**
 * The embed's answer to a click: what happened, where, and how sure it is, in a few lines, with a link
 * to the full details and sources on the map's own page (an article's frame is too small for them).
 */
export function EmbedCard({ event, theme, fullUrl, onClose }: { event: EventFeature; theme: ThemeName; fullUrl: string; onClose: () => void }) {
  const p = event.properties;
  const zones = useTimeZones();
  return (
    <article aria-labelledby="embed-card-title" data-testid="embed-card" className="flex gap-2 p-3 text-xs">
      <EventIcon spec={{ theme, kind: p.kind, actor: p.actor, status: p.verification.status, attribution: p.attribution }} size={20} />
      <div className="min-w-0 flex-1 space-y-1">
        <h2 id="embed-card-title" className="text-sm leading-snug font-bold">{p.title}</h2>
        <p className="opacity-90">
          {formatDay(p.date)}
          {p.time && ` · ${localTime(p.time, zones)}`} · {placeLine(p.place)}
        </p>
        <p>
          <b>{STATUS_LABEL[p.verification.status]}</b> ({STATUS_MEANING[p.verification.status]}) · {describeAttribution(p)}
        </p>
        <a href={fullUrl} target="_blank" rel="noopener" className="inline-block font-semibold underline">
          Full details, claims and sources
        </a>
      </div>
      <button type="button" onClick={onClose} aria-label="Close" className="size-6 shrink-0 rounded text-lg leading-none hover:bg-current/10">
        ×
      </button>
    </article>
  );
}
