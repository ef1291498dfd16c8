import type { Claim, EventFeature } from "@/lib/schemas/event";
import type { ClaimantSide } from "@/lib/schemas/parties";

const SIDE_LABEL: Record<ClaimantSide, string> = {
  india: "India",
  pakistan: "Pakistan",
  militants: "Militants",
  third_party: "Third parties",
  independent: "Independent",
};

/** Each side's version, grouped by side so a reader can set them against each other. */
export function ClaimList({ claims, sources }: { claims: Claim[]; sources: EventFeature["properties"]["sources"] }) {
  const sides = [...new Set(claims.map((c) => c.side))];
  const publisher = (url: string) => sources.find((s) => s.url === url)?.publisher ?? "source";
  return (
    <section data-testid="claims">
      <h3 className="mb-1 font-semibold">Who says what</h3>
      <div className="space-y-2">
        {sides.map((side) => (
          <div key={side}>
            <h4 className="text-xs font-semibold tracking-wide uppercase opacity-75">{SIDE_LABEL[side]}</h4>
            <ul className="space-y-1">
              {claims.filter((c) => c.side === side).map((c, i) => (
                <li key={i}>
                  <span className="font-medium">{c.by}</span>: {c.statement}{" "}
                  <a href={c.source} target="_blank" rel="noopener noreferrer" className="text-xs underline">
                    ({publisher(c.source)})
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
