import { describe, expect, it } from "vitest";
import { filterEvents } from "./filter-events";
import { makeEvent } from "../testing/event-factory";

const events = [
  makeEvent({ id: "a", date: "2025-05-06", actor: "pakistan", kind: "shelling" }, [74.1, 33.77]),
  makeEvent({ id: "b", date: "2025-05-07", actor: "india", kind: "missile_strike" }, [74.3, 31.7]),
  makeEvent(
    { id: "c", date: "2025-05-10", actor: "india", kind: "airstrike", verification: { status: "confirmed", basis: "Satellite imagery shows damage." } },
    [73.1, 33.6],
  ),
];
const ids = (q: Parameters<typeof filterEvents>[1]) => filterEvents(events, q).map((e) => e.properties.id);

describe("filterEvents", () => {
  it("keeps everything without criteria", () => expect(ids({})).toEqual(["a", "b", "c"]));
  it("keeps one day", () => expect(ids({ date: "2025-05-07" })).toEqual(["b"]));
  it("keeps an inclusive range", () => expect(ids({ from: "2025-05-07", to: "2025-05-10" })).toEqual(["b", "c"]));
  it("keeps an open-ended range", () => expect(ids({ to: "2025-05-06" })).toEqual(["a"]));
  it("filters by actor list", () => expect(ids({ actor: ["pakistan"] })).toEqual(["a"]));
  it("filters by kind list", () => expect(ids({ kind: ["airstrike", "shelling"] })).toEqual(["a", "c"]));
  it("filters by verification", () => expect(ids({ verification: ["confirmed"] })).toEqual(["c"]));
  it("filters by bbox, edges included", () => expect(ids({ bbox: [73, 33, 74.1, 34] })).toEqual(["a", "c"]));
  it("combines criteria with AND", () => expect(ids({ actor: ["india"], date: "2025-05-06" })).toEqual([]));
});
