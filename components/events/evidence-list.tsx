import type { Evidence, EventProperties } from "@/lib/schemas/event";
import { EVIDENCE_LABEL } from "@/lib/events/detail-labels";

/** Independent evidence (imagery, geolocated media, wreckage, site visits), each with who showed it and where. */
export function EvidenceList({ evidence, sources }: { evidence: Evidence[]; sources: EventProperties["sources"] }) {
  const publisher = (url: string) => sources.find((s) => s.url === url)?.publisher ?? "source";
  return (
    <section data-testid="evidence">
      <h3 className="mb-1 font-semibold">Independent evidence</h3>
      <ul className="space-y-1">
        {evidence.map((e, i) => (
          <li key={i}>
            <span className="font-medium">{EVIDENCE_LABEL[e.type]}</span> ({e.by}): {e.finding}{" "}
            <a href={e.source} target="_blank" rel="noopener noreferrer" className="text-xs underline">
              ({publisher(e.source)})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
