"use client";
import { facetCounts } from "@/lib/events/facet-counts";
import { ACTOR_LABEL, ATTRIBUTION_LABEL, KIND_LABEL, STATUS_LABEL } from "@/lib/events/labels";
import { actorFilterLabels } from "@/lib/events/actor-filter-labels";
import { useEventData } from "@/components/app/event-data";
import { useDayRange, useEventFilter, useUrlSlice, useUrlStore } from "@/components/app/url-state/use-url-state";
import { ACTORS, ATTRIBUTIONS, EVENT_KINDS, VERIFICATION_STATUSES } from "@/lib/schemas/values";

/** 24 px: WCAG 2.2's minimum target size (2.5.8), so a finger or a shaky pointer hits the box it means. */
const CHECKBOX = "size-6 shrink-0";

type Facet = "actor" | "kind" | "verification" | "attribution";

const FACETS: { facet: Facet; legend: string; options: readonly string[]; label: Record<string, string> }[] = [
  { facet: "verification", legend: "Verification", options: VERIFICATION_STATUSES, label: STATUS_LABEL },
  { facet: "actor", legend: "Who acted (or is accused)", options: ACTORS, label: ACTOR_LABEL },
  { facet: "attribution", legend: "Is who acted established?", options: ATTRIBUTIONS, label: ATTRIBUTION_LABEL },
  { facet: "kind", legend: "What happened", options: EVENT_KINDS, label: KIND_LABEL },
];

/** Checkbox filters with the count each would show, plus layer toggles; all of it lives in the URL. */
export function FilterPanel() {
  const store = useUrlStore();
  const { index, dataset, kinds, sideNames: names } = useEventData();
  const events = index.all;
  const filter = useEventFilter();
  const range = useDayRange();
  const state = useUrlSlice((s) => ({ boundaries: s.boundaries, labels: s.labels }));
  const update = store.update;
  // The dataset's sides (names, order) and the kinds its events use are the options offered.
  const optionsOf = (facet: Facet, options: readonly string[]) =>
    facet === "actor" ? dataset.sides.map((s) => s.id) : facet === "kind" ? kinds : options;
  const toggle = (facet: Facet, options: readonly string[], value: string, on: boolean) => {
    const current = filter[facet] ?? options;
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    // Every option ticked is the same as no filter: keep the URL short.
    update({ [facet]: options.every((o) => next.includes(o)) ? undefined : options.filter((o) => next.includes(o)) });
  };
  return (
    <div className="space-y-4 text-sm" data-testid="filters">
      {FACETS.map(({ facet, legend, options: all, label }) => {
        const options = optionsOf(facet, all);
        const counts = facetCounts(events, filter, range, facet);
        const selected = filter[facet];
        // An actor's events include those only claimed or disputed to be that side's; its label says how many.
        const labels: Record<string, string> = facet === "actor" ? actorFilterLabels(events, filter, range, names) : label;
        return (
          <fieldset key={facet}>
            <legend className="mb-1 font-semibold">{legend}</legend>
            <div className="grid gap-0.5">
              {options.map((o) => (
                <label key={o} className="flex min-h-7 items-center gap-2">
                  <input
                    type="checkbox"
                    className={CHECKBOX}
                    checked={!selected || selected.includes(o as never)}
                    onChange={(e) => toggle(facet, options, o, e.target.checked)}
                  />
                  <span className="flex-1">{labels[o]}</span>
                  <span className="text-xs tabular-nums opacity-70">{counts[o] ?? 0}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset>
        <legend className="mb-1 font-semibold">Show</legend>
        <label className="flex min-h-7 items-center gap-2">
          <input type="checkbox" className={CHECKBOX} checked={state.boundaries} onChange={(e) => update({ boundaries: e.target.checked })} />
          Boundary lines
        </label>
        <label className="flex min-h-7 items-center gap-2">
          <input type="checkbox" className={CHECKBOX} checked={state.labels} onChange={(e) => update({ labels: e.target.checked })} />
          Event labels
        </label>
      </fieldset>
    </div>
  );
}
