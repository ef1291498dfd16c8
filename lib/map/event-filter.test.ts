import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventKindSchema, VerificationStatusSchema } from "../schemas/event";
import { ActorSchema, ClaimantSideSchema } from "../schemas/parties";
import { FACETS, type AnyFilter, type FacetTable } from "../events/event-facets";
import { matchesEvent, type DayRange } from "../events/event-rule";
import { makeEvent } from "../testing/event-factory";
import { dateRange } from "../time";
import { eventFilterExpression } from "./event-filter";
import { toMapGlobalState } from "./global-state";
import { toMapFeature } from "./map-features";

const DAYS = dateRange("2025-04-20", "2025-05-22");

/** The app's facets plus a multi-valued one (every side with a claim), as a new dimension would be added. */
const WITH_MULTI: FacetTable = {
  ...FACETS,
  claimant: { options: ClaimantSideSchema.options, values: (p) => p.claims.map((c) => c.side), multi: true },
};

const event = fc
  .record({
    date: fc.constantFrom(...DAYS),
    actor: fc.constantFrom(...ActorSchema.options),
    kind: fc.constantFrom(...EventKindSchema.options),
    status: fc.constantFrom(...VerificationStatusSchema.options),
    sides: fc.uniqueArray(fc.constantFrom(...ClaimantSideSchema.options), { maxLength: 4 }),
  })
  .map(({ date, actor, kind, status, sides }) => {
    const base = makeEvent({ id: "e", date, actor, kind, verification: { status, basis: "Generated for a property test." } });
    const claims = sides.map((side) => ({ ...base.properties.claims[0]!, side }));
    return { ...base, properties: { ...base.properties, claims } };
  });

/** For each facet: absent (all), or any subset of its options, the empty one included. */
const filterOf = (table: FacetTable) =>
  fc.record(
    Object.fromEntries(Object.entries(table).map(([key, f]) => [key, fc.option(fc.subarray([...f.options]), { nil: undefined })])),
  ) as fc.Arbitrary<AnyFilter>;

const range: fc.Arbitrary<DayRange> = fc.record({ from: fc.option(fc.constantFrom(...DAYS), { nil: undefined }), to: fc.option(fc.constantFrom(...DAYS), { nil: undefined }) });

/** Evaluates the MapLibre expression with the style spec's own evaluator, as the map's worker does. */
function mapLets(table: FacetTable, e: ReturnType<typeof makeEvent>, filter: AnyFilter, r: DayRange): boolean {
  const state = toMapGlobalState(filter, r, {}, table);
  const compiled = featureFilter(eventFilterExpression(table), "filter", state);
  const flat = toMapFeature(e, table);
  return compiled.filter({ zoom: 5 }, { type: 1, properties: flat.properties, geometry: [] } as never);
}

describe("the event filter rule", () => {
  it.each([
    ["the app's facets", FACETS],
    ["a table with a multi-valued facet", WITH_MULTI],
  ])("gives the same answer as a MapLibre expression and as JS, for %s", (_name, table) => {
    fc.assert(
      fc.property(event, filterOf(table), range, (e, filter, r) => {
        expect(mapLets(table, e, filter, r)).toBe(matchesEvent(e.properties, filter, r, table));
      }),
      { numRuns: 1000 },
    );
  });

  it("lets an event through by any one of a multi-valued facet's values, and not by others", () => {
    const e = makeEvent();
    const sides = e.properties.claims.map((c) => c.side);
    expect(sides).toEqual(["india", "pakistan"]);
    for (const [claimant, expected] of [[["pakistan"], true], [["militants", "independent"], false]] as const) {
      expect(matchesEvent(e.properties, { claimant }, {}, WITH_MULTI)).toBe(expected);
      expect(mapLets(WITH_MULTI, e, { claimant }, {})).toBe(expected);
    }
  });
});
