"use client";
import type { ImportedEventProperties, ImportedSource } from "@/lib/schemas/imported-event";
import { SOURCE_ORIGIN_LABEL, SOURCE_TYPE_LABEL } from "@/lib/events/detail-labels";
import { isHttpLink, relaxedText } from "@/lib/events/imported-text";
import { formatDay } from "@/lib/time";

/** A link when the file's URL is http(s); otherwise the text alone. File text is never HTML here. */
function MaybeLink({ href, children }: { href: string | undefined; children: string }) {
  return isHttpLink(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="underline">{children}</a>
  ) : (
    <span>{children}</span>
  );
}

/**
 * Where an imported event came from and what it does not meet of the curated rules (imported.relaxed),
 * with the source dataset's own event type and the columns this map has no field for.
 */
export function ImportedNote({ p }: { p: ImportedEventProperties }) {
  const m = p.imported;
  const extra = Object.entries(m.extra ?? {}).filter(([, v]) => v !== "");
  return (
    <section aria-label="Imported event" data-testid="imported-note" className="rounded border border-amber-600/40 bg-amber-500/10 p-2 text-xs">
      <p>
        From <span className="font-semibold">{m.file}</span>, row {m.row}, opened on this computer
        {m.citation && (
          <>
            {" "}(dataset: <MaybeLink href={m.citation.url}>{m.citation.title}</MaybeLink>
            {m.citation.recordId && `, record ${m.citation.recordId}`})
          </>
        )}
        .
      </p>
      {p.sourceLabel && <p data-testid="source-label">Type in the source data: {p.sourceLabel}</p>}
      {p.datePrecision && p.datePrecision !== "day" && (
        <p data-testid="date-precision">Date known to the {p.datePrecision} only: the date shown is a day inside it.</p>
      )}
      {m.relaxed.length > 0 && (
        <div data-testid="relaxed">
          <p className="mt-1 font-semibold">Not held to every rule of this map&apos;s own data:</p>
          <ul className="list-disc pl-5">
            {m.relaxed.map((r) => <li key={r}>{relaxedText(r, m.format)}</li>)}
          </ul>
        </div>
      )}
      {extra.length > 0 && (
        <details className="mt-1">
          <summary>Other columns in the file ({extra.length})</summary>
          <dl className="grid grid-cols-[auto_1fr] gap-x-2">
            {extra.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono">{k}</dt>
                <dd className="break-words">{v}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}

/** An imported event's sources: the publisher always, a link only when the file gave an http(s) one. */
export function ImportedSourceList({ sources }: { sources: ImportedSource[] }) {
  return (
    <section data-testid="sources">
      <h3 className="mb-1 font-semibold">Sources</h3>
      <ol className="list-decimal space-y-1 pl-5 text-xs">
        {sources.map((s, i) => (
          <li key={i}>
            <MaybeLink href={s.url}>{s.title ?? s.publisher}</MaybeLink>
            {s.title && ` — ${s.publisher}`}
            {s.published && `, ${formatDay(s.published)}`}
            {(s.type || s.origin) && (
              <span className="opacity-75"> ({[s.type && SOURCE_TYPE_LABEL[s.type], s.origin && SOURCE_ORIGIN_LABEL[s.origin]].filter(Boolean).join(", ")})</span>
            )}
            {!s.url && <span className="opacity-75"> (no link in the file)</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
