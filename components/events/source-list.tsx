import type { Source } from "@/lib/schemas/source";
import { WEAK_SOURCE_TYPES } from "@/lib/schemas/source";
import { SOURCE_ORIGIN_LABEL, SOURCE_TYPE_LABEL } from "@/lib/events/detail-labels";
import { formatDay } from "@/lib/time";

/** The sources with what kind of publisher each is and where it is based, so a reader can weigh them. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section data-testid="sources">
      <h3 className="mb-1 font-semibold">Sources</h3>
      <ol className="list-decimal space-y-1 pl-5 text-xs">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" className="underline">
              {s.title}
            </a>{" "}
            — {s.publisher}, {formatDay(s.published)}{" "}
            <span className="opacity-75" data-testid="source-kind">
              ({SOURCE_TYPE_LABEL[s.type]}, {SOURCE_ORIGIN_LABEL[s.origin]}
              {WEAK_SOURCE_TYPES.includes(s.type) && "; shown beside stronger sources only"})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
