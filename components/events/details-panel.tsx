"use client";
import type { EventFeature } from "@/lib/schemas/event";
import type { ThemeName } from "@/lib/map/theme";
import { KIND_LABEL, STATUS_LABEL, STATUS_MEANING } from "@/lib/events/labels";
import { PRECISION_LABEL } from "@/lib/events/detail-labels";
import { describeAttribution } from "@/lib/events/attribution-text";
import { EventIcon } from "@/components/legend/event-icon";
import { describeDepth } from "@/lib/events/depth-text";
import { placeLine } from "@/lib/events/place-line";
import { localTime } from "@/lib/events/local-time";
import { useTimeZones } from "@/components/data/use-dataset";
import { ClaimList } from "./claim-list";
import { SourceList } from "./source-list";
import { AttributionSection } from "./attribution-section";
import { EvidenceList } from "./evidence-list";
import { CasualtyList } from "./casualty-list";
import { CorrectionList } from "./correction-list";
import { ImportedNote, ImportedSourceList } from "./imported-details";
import { isImported } from "@/lib/schemas/imported-event";
import { eventDateText } from "@/lib/events/imported-text";

/**
 * Everything known about one event: what happened, whether it happened as described, who acted and
 * whether that is established, who says what, independent evidence, corrections and the sources.
 */
export function DetailsPanel({ event, theme, onClose }: { event: EventFeature; theme: ThemeName; onClose: () => void }) {
  const p = event.properties;
  // Events from an opened file reach the panel through the shared (curated) type; `imported` tells them apart.
  const imported = isImported(event) ? event.properties : undefined;
  const zones = useTimeZones();
  return (
    <article aria-labelledby="details-title" data-testid="details" className="flex h-full flex-col">
      <header className="flex items-start gap-2 border-b border-current/15 p-4">
        <EventIcon spec={{ theme, kind: p.kind, actor: p.actor, status: p.verification.status, attribution: p.attribution }} size={22} />
        <div className="min-w-0 flex-1">
          <h2 id="details-title" className="text-base leading-snug font-bold">{p.title}</h2>
          <p className="mt-1 text-xs opacity-80">
            <time dateTime={p.date}>{eventDateText(p.date, p.datePrecision)}</time>
            {p.time && (
              <>
                {" · "}
                <time data-testid="local-time" dateTime={`${p.date}T${p.time}`}>{localTime(p.time, zones)}</time>
              </>
            )} · {KIND_LABEL[p.kind]} · <span data-testid="attribution">{describeAttribution(p)}</span>
          </p>
        </div>
        <button type="button" onClick={onClose} aria-label="Close details" className="rounded px-2 text-lg leading-none hover:bg-current/10">
          ×
        </button>
      </header>
      <div className="flex-1 space-y-4 overflow-y-auto p-4 text-sm">
        {p.summary && <p>{p.summary}</p>}
        {imported && <ImportedNote p={imported} />}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="font-semibold">Place</dt>
          <dd data-testid="place">{placeLine(p.place)}</dd>
          <dt className="font-semibold">Located to</dt>
          <dd data-testid="precision">
            {PRECISION_LABEL[p.precision]}
            {p.coordinateSource && <span className="block opacity-80">Coordinate: {p.coordinateSource}</span>}
          </dd>
          {p.depth && p.kind !== "diplomatic" && (
            <>
              <dt className="font-semibold">Depth</dt>
              <dd>
                <span data-testid="depth">{describeDepth(p.depth)}</span>
                <span className="opacity-70"> (to the line on the ground, the same in every boundary view)</span>
                {p.depthNote && <span data-testid="depth-note" className="block opacity-80">Note: {p.depthNote}</span>}
              </dd>
            </>
          )}
        </dl>
        <section aria-label="Verification" className="rounded border border-current/20 p-2">
          <p>
            <span data-testid="verification" className="font-bold">{STATUS_LABEL[p.verification.status]}</span>{" "}
            <span className="text-xs opacity-80">({STATUS_MEANING[p.verification.status]})</span>: {p.verification.basis}
          </p>
        </section>
        <AttributionSection p={p} />
        {p.claims.length > 0 && <ClaimList claims={p.claims} sources={p.sources} />}
        {p.evidence && p.evidence.length > 0 && <EvidenceList evidence={p.evidence} sources={p.sources} />}
        {p.disagreements && p.disagreements.length > 0 && (
          <section>
            <h3 className="mb-1 font-semibold">Where sources disagree</h3>
            <ul className="list-disc space-y-1 pl-5">
              {p.disagreements.map((d) => <li key={d}>{d}</li>)}
            </ul>
          </section>
        )}
        {p.casualties && p.casualties.length > 0 && <CasualtyList casualties={p.casualties} sources={p.sources} />}
        {p.corrections && p.corrections.length > 0 && <CorrectionList corrections={p.corrections} />}
        {imported ? <ImportedSourceList sources={imported.sources} /> : <SourceList sources={p.sources} />}
      </div>
    </article>
  );
}
