import { describe, expect, it } from "vitest";
import { facetCounts } from "./facet-counts";
import { makeEvent } from "../testing/event-factory";

const events = [
  makeEvent({ id: "a", date: "2025-05-07", actor: "india", kind: "missile_strike" }),
  makeEvent({ id: "b", date: "2025-05-07", actor: "pakistan", kind: "shelling" }),
  makeEvent({ id: "c", date: "2025-05-08", actor: "pakistan", kind: "drone_strike" }),
];
const may7 = { from: "2025-05-07", to: "2025-05-07" };

describe("facetCounts", () => {
  it("counts the day's events per actor, ignoring the actor filter itself", () => {
    expect(facetCounts(events, { actor: ["india"] }, may7, "actor")).toEqual({ india: 1, pakistan: 1 });
  });

  it("applies the other facets' filters", () => {
    expect(facetCounts(events, { actor: ["pakistan"] }, {}, "kind")).toEqual({ shelling: 1, drone_strike: 1 });
  });

  it("counts everything up to the day in cumulative mode", () => {
    expect(facetCounts(events, {}, { to: "2025-05-08" }, "actor")).toEqual({ india: 1, pakistan: 2 });
  });
});
