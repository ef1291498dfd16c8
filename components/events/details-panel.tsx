"use client";
import type { EventFeature } from "@/lib/schemas/event";
import type { ThemeName } from "@/lib/map/theme";
import { formatDay } from "@/lib/time";
import { ADMINISTRATOR_LABEL, KIND_LABEL, PRECISION_LABEL, STATUS_LABEL, TARGET_LABEL } from "@/lib/events/labels";
import { describeAttribution, describeContested } from "@/lib/events/attribution-text";
import { EventIcon } from "@/components/legend/event-icon";
import { describeDepth } from "@/lib/events/depth-text";
import { ClaimList } from "./claim-list";
import { SourceList } from "./source-list";

/** Everything known about one event: what happened, how sure it is, who says what, and the sources. */
export function DetailsPanel({ event, theme, onClose }: { event: EventFeature; theme: ThemeName; onClose: () => void }) {
  const p = event.properties;
  const place = [p.place.name, p.place.district, p.place.province].filter(Boolean).join(", ");
  return (
    <article aria-labelledby="details-title" data-testid="details" className="flex h-full flex-col">
      <header className="flex items-start gap-2 border-b border-current/15 p-4">
        <EventIcon spec={{ theme, kind: p.kind, actor: p.actor, status: p.verification.status }} size={22} />
        <div className="min-w-0 flex-1">
          <h2 id="details-title" className="text-base leading-snug font-bold">{p.title}</h2>
          <p className="mt-1 text-xs opacity-80">
            <time dateTime={p.date}>{formatDay(p.date)}</time>
            {p.time && <> · {p.time.slice(0, 5)} (UTC{p.time.slice(5)})</>} · {KIND_LABEL[p.kind]} · <span data-testid="attribution">{describeAttribution(p)}</span>
          </p>
        </div>
        <button type="button" onClick={onClose} aria-label="Close details" className="rounded px-2 text-lg leading-none hover:bg-current/10">
          ×
        </button>
      </header>
      <div className="flex-1 space-y-4 overflow-y-auto p-4 text-sm">
        <p>{p.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="font-semibold">Place</dt>
          <dd>{place} ({ADMINISTRATOR_LABEL[p.place.administeredBy]})</dd>
          <dt className="font-semibold">Located to</dt>
          <dd>{PRECISION_LABEL[p.precision]}</dd>
          {p.depth && p.kind !== "diplomatic" && (
            <>
              <dt className="font-semibold">Depth</dt>
              <dd data-testid="depth">{describeDepth(p.depth)}</dd>
            </>
          )}
          <dt className="font-semibold">Stated target</dt>
          <dd data-testid="stated-target">
            {p.statedTarget ? `${TARGET_LABEL[p.statedTarget.value]}, according to ${p.statedTarget.statedBy}` : "none stated by the acting side"}
          </dd>
          {p.contested.length > 0 && (
            <>
              <dt className="font-semibold">Contested</dt>
              <dd data-testid="contested">{describeContested(p.contested)}</dd>
            </>
          )}
        </dl>
        <section aria-label="Verification" className="rounded border border-current/20 p-2">
          <p>
            <span data-testid="verification" className="font-bold">{STATUS_LABEL[p.verification.status]}</span>: {p.verification.basis}
          </p>
        </section>
        {p.claims.length > 0 && <ClaimList claims={p.claims} sources={p.sources} />}
        {p.disagreements && p.disagreements.length > 0 && (
          <section>
            <h3 className="mb-1 font-semibold">Where sources disagree</h3>
            <ul className="list-disc space-y-1 pl-5">
              {p.disagreements.map((d) => <li key={d}>{d}</li>)}
            </ul>
          </section>
        )}
        {p.casualties && p.casualties.length > 0 && (
          <section>
            <h3 className="mb-1 font-semibold">Casualties, as reported</h3>
            <ul className="space-y-1">
              {p.casualties.map((c, i) => (
                <li key={i}>
                  {[c.killed !== undefined && `${c.killed} killed`, c.injured !== undefined && `${c.injured} injured`].filter(Boolean).join(", ")}{" "}
                  ({c.who}) — according to {c.reportedBy}
                </li>
              ))}
            </ul>
          </section>
        )}
        <SourceList sources={p.sources} />
      </div>
    </article>
  );
}
