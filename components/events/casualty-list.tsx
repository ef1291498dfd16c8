import type { CasualtyReport, EventProperties } from "@/lib/schemas/event";

/** Casualty figures exactly as each reporter gave them; figures are never added up or reconciled. */
export function CasualtyList({ casualties, sources }: { casualties: CasualtyReport[]; sources: EventProperties["sources"] }) {
  const publisher = (url: string) => sources.find((s) => s.url === url)?.publisher ?? "source";
  return (
    <section data-testid="casualties">
      <h3 className="mb-1 font-semibold">Casualties, as reported</h3>
      <ul className="space-y-1">
        {casualties.map((c, i) => (
          <li key={i}>
            {[c.killed !== undefined && `${c.killed} killed`, c.injured !== undefined && `${c.injured} injured`].filter(Boolean).join(", ")}{" "}
            ({c.who}) — according to {c.reportedBy}{" "}
            {/* An imported figure may come without a link (its source is then the dataset itself). */}
            {c.source && (
              <a href={c.source} target="_blank" rel="noopener noreferrer" className="text-xs underline">
                ({publisher(c.source)})
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
