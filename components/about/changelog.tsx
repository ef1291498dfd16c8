import { formatDay } from "@/lib/time";
import type { LogEntry } from "@/lib/data/corrections-log";
import { parseInline } from "@/lib/markdown/parse-markdown";
import { InlineMarkdown } from "./markdown";

/** The link that opens an event on the map, on its day. */
const eventHref = (e: { id: string; date: string }) => `/?day=${e.date}&event=${encodeURIComponent(e.id)}`;

/** The corrections log: dataset changes and per-event corrections, newest first, each linked to its events. */
export function Changelog({ log }: { log: readonly LogEntry[] }) {
  if (log.length === 0) return <p className="my-2">No corrections or changes have been recorded yet.</p>;
  return (
    <ol className="my-3 space-y-3" data-testid="changelog">
      {log.map((entry, i) => (
        <li key={i} className="border-l-2 border-current/20 pl-3">
          <p className="text-sm">
            <time dateTime={entry.date} className="font-semibold">{formatDay(entry.date)}</time>{" "}
            <span className="opacity-75">· {entry.kind === "change" ? "Change to the data" : "Correction"}</span>
          </p>
          <p className="leading-relaxed"><InlineMarkdown nodes={parseInline(entry.summary)} /></p>
          {entry.events.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
              {entry.events.map((e) => (
                <li key={e.id}>
                  <a href={eventHref(e)} className="inline-block min-h-6 py-0.5 underline">{e.title}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
