import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { makeEvent } from "../testing/event-factory";

describe("buildTimeline", () => {
  it("has a slot for every day, empty days included, with counts by actor and kind", () => {
    const t = buildTimeline(
      [
        makeEvent({ id: "a", date: "2025-05-07", actor: "india", kind: "missile_strike" }),
        makeEvent({ id: "b", date: "2025-05-07", actor: "pakistan", kind: "shelling" }),
        makeEvent({ id: "c", date: "2025-05-09", actor: "pakistan", kind: "shelling" }),
      ],
      "2025-05-06",
      "2025-05-09",
    );
    expect(t.days).toEqual([
      { date: "2025-05-06", count: 0, byActor: {}, byKind: {} },
      { date: "2025-05-07", count: 2, byActor: { india: 1, pakistan: 1 }, byKind: { missile_strike: 1, shelling: 1 } },
      { date: "2025-05-08", count: 0, byActor: {}, byKind: {} },
      { date: "2025-05-09", count: 1, byActor: { pakistan: 1 }, byKind: { shelling: 1 } },
    ]);
  });

  it("crosses a month boundary", () => {
    const dates = buildTimeline([], "2025-04-29", "2025-05-02").days.map((d) => d.date);
    expect(dates).toEqual(["2025-04-29", "2025-04-30", "2025-05-01", "2025-05-02"]);
  });
});
