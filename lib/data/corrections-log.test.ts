import { describe, expect, it } from "vitest";
import { correctionsLog, lastUpdated } from "./corrections-log";
import { makeEvent } from "../testing/event-factory";

const a = makeEvent({ id: "a", title: "Event A", corrections: [{ date: "2026-11-29", note: "Moved to the town centre; precision is now town." }] }).properties;
const b = makeEvent({ id: "b", title: "Event B" }).properties;
const changes = [
  { date: "2026-11-28", events: [], summary: "Schema migration for every event." },
  { date: "2026-11-30", events: ["b", "gone"], summary: "Added Pakistan's account to B." },
];

describe("correctionsLog", () => {
  it("merges changelog entries and per-event corrections, newest first, naming the events", () => {
    expect(correctionsLog([a, b], changes)).toEqual([
      { date: "2026-11-30", kind: "change", summary: "Added Pakistan's account to B.", events: [{ id: "b", date: b.date, title: "Event B" }] },
      { date: "2026-11-29", kind: "correction", summary: "Moved to the town centre; precision is now town.", events: [{ id: "a", date: a.date, title: "Event A" }] },
      { date: "2026-11-28", kind: "change", summary: "Schema migration for every event.", events: [] },
    ]);
  });

  it("keeps file order within a day", () => {
    const same = [
      { date: "2026-11-28", events: [], summary: "First change of the day." },
      { date: "2026-11-28", events: [], summary: "Second change of the day." },
    ];
    expect(correctionsLog([], same).map((e) => e.summary)).toEqual(["First change of the day.", "Second change of the day."]);
  });
});

describe("lastUpdated", () => {
  it("is the newest date in the log, or undefined for an empty log", () => {
    expect(lastUpdated(correctionsLog([a, b], changes))).toBe("2026-11-30");
    expect(lastUpdated([])).toBeUndefined();
  });
});
