import type { Correction } from "@/lib/schemas/event";
import { formatDay } from "@/lib/time";

/** Changes made to this event after it was published, newest first, so a reader who cited it can see what moved. */
export function CorrectionList({ corrections }: { corrections: Correction[] }) {
  const sorted = [...corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section data-testid="corrections">
      <h3 className="mb-1 font-semibold">Corrections</h3>
      <ul className="space-y-1 text-xs">
        {sorted.map((c, i) => (
          <li key={i}>
            <time dateTime={c.date} className="font-medium">{formatDay(c.date)}</time>: {c.note}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs opacity-75">
        All changes to the data are listed on the <a href="/about#corrections-and-changes" className="underline">methodology page</a>.
      </p>
    </section>
  );
}
