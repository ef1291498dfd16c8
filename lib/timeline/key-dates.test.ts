import type { EventFeature } from "../schemas/event";
import { describe, expect, it } from "vitest";
import { loadGeodata } from "../data/load-geodata";
import { makeEvent } from "../testing/event-factory";
import { keyDates } from "./key-dates";
import { dateTicks, keyMarks } from "./axis-ticks";
import { dateRange } from "../time";

describe("keyDates", () => {
  it("finds the attack, the first strikes across the border and the ceasefire in the shipped data", async () => {
    // The shipped data is curated: every event carries the full curated schema (imports may not).
    const events = (await loadGeodata()).events as unknown as EventFeature[];
    const keys = keyDates(events);
    expect(keys.map((k) => [k.date, k.label])).toEqual([
      ["2025-04-22", "attack"],
      ["2025-05-07", "strikes"],
      ["2025-05-10", "ceasefire"],
    ]);
    expect(keys[0]!.title).toMatch(/Pahalgam/);
  });

  it("does not count a strike on the acting side's own territory, and leaves out a turning point with no event", () => {
    const own = makeEvent({ id: "a", date: "2025-05-01", actor: "india", place: { name: "Uri", province: "Jammu and Kashmir", administeredBy: "india" } });
    const across = makeEvent({ id: "b", date: "2025-05-03", actor: "india" });
    expect(keyDates([own, across])).toEqual([{ date: "2025-05-03", label: "strikes", title: across.properties.title }]);
  });
});

describe("date axis", () => {
  const days = dateRange("2025-04-22", "2025-05-20");

  it("labels a tick each week from the first day, and the last day, kept inside the axis", () => {
    const ticks = dateTicks(days);
    expect(ticks.map((t) => t.label)).toEqual(["22 Apr", "29 Apr", "6 May", "13 May", "20 May"]);
    expect(ticks[0]!.anchor).toBe("start");
    expect(ticks.at(-1)!.anchor).toBe("end");
    expect(ticks.every((t) => t.at > 0 && t.at < 1)).toBe(true);
  });

  it("drops a weekly tick that would crowd the last day's label", () => {
    expect(dateTicks(dateRange("2025-05-01", "2025-05-16")).map((t) => t.label)).toEqual(["1 May", "8 May", "16 May"]);
  });

  it("turns the labels of close key dates away from each other", () => {
    const marks = keyMarks(days, [
      { date: "2025-04-22", label: "attack", title: "" },
      { date: "2025-05-07", label: "strikes", title: "" },
      { date: "2025-05-10", label: "ceasefire", title: "" },
    ]);
    expect(marks.map((m) => m.anchor)).toEqual(["start", "end", "start"]);
    expect(marks[1]!.at).toBeCloseTo(15.5 / 29);
  });
});
