import { describe, expect, it } from "vitest";
import { facetCounts } from "./facet-counts";
import { makeEvent } from "../testing/event-factory";
import { parseUrlState } from "../url-state";

const events = [
  makeEvent({ id: "a", date: "2025-05-07", actor: "india", kind: "missile_strike" }),
  makeEvent({ id: "b", date: "2025-05-07", actor: "pakistan", kind: "shelling" }),
  makeEvent({ id: "c", date: "2025-05-08", actor: "pakistan", kind: "drone_strike" }),
];

describe("facetCounts", () => {
  it("counts the day's events per actor, ignoring the actor filter itself", () => {
    expect(facetCounts(events, parseUrlState("day=2025-05-07&actor=india"), "actor")).toEqual({ india: 1, pakistan: 1 });
  });

  it("applies the other facets' filters", () => {
    expect(facetCounts(events, parseUrlState("actor=pakistan"), "kind")).toEqual({ shelling: 1, drone_strike: 1 });
  });

  it("counts everything up to the day in cumulative mode", () => {
    expect(facetCounts(events, parseUrlState("day=2025-05-08&mode=cumulative"), "actor")).toEqual({ india: 1, pakistan: 2 });
  });
});
