import type { EventProperties } from "@/lib/schemas/event";
import { TARGET_LABEL } from "@/lib/events/detail-labels";
import { describeContested, explainAttribution } from "@/lib/events/attribution-details";

type Props = { p: Pick<EventProperties, "actor" | "attribution" | "statedTarget" | "contested" | "sources"> };

/**
 * Who acted, whether that is established, what the acting side said it aimed at (with its source), and
 * which facts sources dispute: the fields a reader must not mistake for settled fact.
 */
export function AttributionSection({ p }: Props) {
  const { status, meaning, who } = explainAttribution(p);
  const statedIn = p.statedTarget && p.sources.find((s) => s.url === p.statedTarget!.source);
  return (
    <section aria-labelledby="who-acted" className="rounded border border-current/20 p-2" data-testid="attribution-section">
      <h3 id="who-acted" className="mb-1 font-semibold">Who acted</h3>
      <p>
        <span data-testid="attribution-status" className="font-bold">{status}</span>: {meaning}. {who}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="font-semibold">Stated target</dt>
        <dd data-testid="stated-target">
          {p.statedTarget ? (
            <>
              {TARGET_LABEL[p.statedTarget.value]}, as stated by {p.statedTarget.statedBy}{" "}
              <a href={p.statedTarget.source} target="_blank" rel="noopener noreferrer" className="underline">
                ({statedIn?.publisher ?? "source"})
              </a>
            </>
          ) : (
            "none stated by the acting side; what each side says was hit is under “Who says what”"
          )}
        </dd>
        {p.contested.length > 0 && (
          <>
            <dt className="font-semibold">Contested</dt>
            <dd data-testid="contested">{describeContested(p.contested)}: sources disagree, so no field above settles it</dd>
          </>
        )}
      </dl>
    </section>
  );
}
