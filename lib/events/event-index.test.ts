import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { filteredTimeline, indexEvents, shownEvents } from "./event-index";
import { dayRangeOf } from "./event-rule";

const index = indexEvents([
  makeEvent({ id: "a", date: "2025-05-06", actor: "pakistan", kind: "shelling" }),
  makeEvent({ id: "b", date: "2025-05-08", actor: "india", kind: "missile_strike" }),
  makeEvent({ id: "c", date: "2025-05-08", actor: "pakistan", kind: "drone_strike" }),
]);
const ids = (events: { properties: { id: string } }[]) => events.map((e) => e.properties.id);

describe("the event index", () => {
  it("spans every day from the first event to the last, empty days included", () => {
    expect(index.days).toEqual(["2025-05-06", "2025-05-07", "2025-05-08"]);
  });

  it("shows one day, or everything up to it in cumulative mode, with the filter applied", () => {
    expect(ids(shownEvents(index, {}, dayRangeOf("2025-05-08", false)))).toEqual(["b", "c"]);
    expect(ids(shownEvents(index, { actor: ["pakistan"] }, dayRangeOf("2025-05-08", true)))).toEqual(["a", "c"]);
    expect(ids(shownEvents(index, { actor: [] }, dayRangeOf(undefined, false)))).toEqual([]);
  });

  it("builds the histogram from the filtered events, for every day", () => {
    const t = filteredTimeline(index, { actor: ["pakistan"] });
    expect(t.days.map((d) => [d.date, d.count, d.byActor])).toEqual([
      ["2025-05-06", 1, { pakistan: 1 }],
      ["2025-05-07", 0, {}],
      ["2025-05-08", 1, { pakistan: 1 }],
    ]);
  });
});
