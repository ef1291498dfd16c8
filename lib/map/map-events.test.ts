import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { indexEvents } from "../events/event-index";
import { dayRangeOf } from "../events/event-rule";
import { encodeDays } from "./global-state";
import { mapEventsOf } from "./map-events";

const index = indexEvents([
  makeEvent({ id: "a", date: "2025-05-06" }),
  makeEvent({ id: "b", date: "2025-05-08" }),
  makeEvent({ id: "c", date: "2025-05-08" }),
  makeEvent({ id: "d", date: "2025-05-09" }),
]);
const days = (day: string | undefined, cumulative = false) => encodeDays(dayRangeOf(day, cumulative));
const ids = (c: { features: { properties: { id: string } }[] }) => c.features.map((f) => f.properties.id);

describe("the events the map's source holds", () => {
  it("holds every event, whatever the days, while there are few", () => {
    const events = mapEventsOf(index, 4);
    expect(ids(events.forDays(days("2025-05-08")))).toEqual(["a", "b", "c", "d"]);
    expect(events.forDays(days("2025-05-06"))).toBe(events.all());
    expect(events.sliced).toBe(false);
  });

  it("holds only the shown days when there are many, in data order", () => {
    const events = mapEventsOf(index, 3);
    expect(events.sliced).toBe(true);
    expect(ids(events.forDays(days("2025-05-08")))).toEqual(["b", "c"]);
    expect(ids(events.forDays(days("2025-05-07")))).toEqual([]);
    expect(ids(events.forDays(days("2025-05-08", true)))).toEqual(["a", "b", "c"]);
    expect(ids(events.all())).toEqual(["a", "b", "c", "d"]);
  });

  it("holds every event once the shown days have more than the limit", () => {
    const events = mapEventsOf(index, 2);
    expect(ids(events.forDays(days("2025-05-08")))).toEqual(["b", "c"]);
    expect(events.forDays(days("2025-05-09", true))).toBe(events.all());
    expect(events.forDays(days(undefined))).toBe(events.all());
  });

  it("answers the same days with the same collection, so the map sets its data only on a change", () => {
    const events = mapEventsOf(index, 3);
    const first = events.forDays(days("2025-05-08"));
    expect(events.forDays(days("2025-05-08"))).toBe(first);
    expect(events.forDays(days("2025-05-09"))).not.toBe(first);
    // A day's features are made once and reused when the day comes back.
    expect(events.forDays(days("2025-05-08")).features[0]).toBe(first.features[0]);
  });
});
