import { formatDay } from "@/lib/time";
import type { MethodologyPage } from "@/lib/data/methodology";

/** The data's version and span, computed from the data itself, so the page can never go stale. */
export function DataVersion({ page }: { page: MethodologyPage }) {
  return (
    <dl className="my-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-current/20 p-3 text-sm" data-testid="data-version">
      <dt className="font-semibold">Data version</dt>
      <dd>
        <code>{page.version}</code> <span className="opacity-75">(printed on every export and sent by the API as X-Data-Version)</span>
      </dd>
      <dt className="font-semibold">Events</dt>
      <dd>
        {page.eventCount}
        {page.firstDate && page.lastDate && <>, from {formatDay(page.firstDate)} to {formatDay(page.lastDate)}</>}
      </dd>
      <dt className="font-semibold">Last updated</dt>
      <dd data-testid="last-updated">{page.lastUpdated ? <time dateTime={page.lastUpdated}>{formatDay(page.lastUpdated)}</time> : "no change recorded yet"}</dd>
    </dl>
  );
}
