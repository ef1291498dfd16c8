import type { Source } from "@/lib/schemas/source";
import { formatDay } from "@/lib/time";

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
            — {s.publisher}, {formatDay(s.published)}
          </li>
        ))}
      </ol>
    </section>
  );
}
