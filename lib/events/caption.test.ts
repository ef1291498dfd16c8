import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { emptyListText, viewCaption } from "./caption";
import { indexEvents } from "./event-index";
import { countOf } from "./plural";

const verification = { status: "confirmed" as const, basis: "Confirmed by both sides' statements in the test." };
const strike = (id: string, date: string) => makeEvent({ id, date, kind: "missile_strike", actor: "india", verification });
const shelling = (id: string, date: string) =>
  makeEvent({ id, date, kind: "shelling", actor: "pakistan", verification, place: { name: "Poonch", province: "Jammu and Kashmir", administeredBy: "india" } });
const events = indexEvents([shelling("s1", "2025-05-06"), strike("a", "2025-05-07"), strike("b", "2025-05-07"), shelling("s2", "2025-05-07")]);

describe("viewCaption", () => {
  it("describes the day's events by kind and actor", () => {
    expect(viewCaption(events, {}, { from: "2025-05-07", to: "2025-05-07" })).toEqual({
      text: "2 missile strikes by India, 1 shelling incident by Pakistan",
      hidden: 0,
    });
  });

  it("counts the events the filters hide", () => {
    expect(viewCaption(events, { actor: ["india"] }, { from: "2025-05-07", to: "2025-05-07" }).text).toBe(
      "2 missile strikes by India · 1 event hidden by filters",
    );
  });

  it("says a day's events are all filtered out instead of claiming nothing happened", () => {
    expect(viewCaption(events, { kind: ["air_combat"] }, { from: "2025-05-07", to: "2025-05-07" }).text).toBe("All 3 events of this day hidden by filters");
    expect(viewCaption(events, {}, { from: "2025-05-09", to: "2025-05-09" }).text).toBe("No recorded events");
  });

  it("in cumulative mode counts everything drawn up to the day, and the day's own", () => {
    expect(viewCaption(events, { actor: ["pakistan"] }, { to: "2025-05-07" }).text).toBe(
      "2 events to date · on 7 May 2025: 1 shelling incident by Pakistan · 2 events hidden by filters",
    );
  });

  it("with all days gives the total shown", () => {
    expect(viewCaption(events, {}, {}).text).toBe("4 events shown");
  });
});

describe("countOf", () => {
  it("puts the noun in the right number", () => {
    expect(countOf(1, "event")).toBe("1 event");
    expect(countOf(0, "event")).toBe("0 events");
    expect(countOf(1200, "site")).toBe("1,200 sites");
    expect(countOf(2, "casualty", "casualties")).toBe("2 casualties");
  });
});

describe("viewCaption on the shipped data", async () => {
  const { loadGeodata } = await import("../data/load-geodata");
  const data = indexEvents((await loadGeodata()).events as unknown as Parameters<typeof indexEvents>[0]);

  it("on every day, counts an event as a side's own only where that side is established to have acted", () => {
    for (const day of data.days) {
      const { text } = viewCaption(data, {}, { from: day, to: day });
      const events = data.byDate.get(day) ?? [];
      for (const [actor, name] of [["india", "India"], ["pakistan", "Pakistan"]] as const) {
        const said = [...text.matchAll(new RegExp(`(\\d+) [a-z ]+ by ${name}\\b`, "g"))].reduce((sum, m) => sum + Number(m[1]), 0);
        const established = events.filter((e) => e.properties.actor === actor && e.properties.attribution === "established").length;
        expect(said, `${day}: ${text}`).toBeLessThanOrEqual(established);
      }
    }
  });
});

describe("emptyListText", () => {
  const day = { from: "2025-05-03", to: "2025-05-03" };

  it("says a day has no recorded events when no filter is set", () => {
    expect(emptyListText({}, day)).toBe("No recorded events on this day.");
    expect(emptyListText({}, { to: "2025-05-03" })).toBe("No recorded events up to this day.");
    expect(emptyListText({}, {})).toBe("No recorded events.");
  });

  it("names the filters only when one is set", () => {
    expect(emptyListText({ actor: ["india"] }, day)).toBe("No events match the day and filters.");
    expect(emptyListText({ kind: [] }, {})).toBe("No events match the filters.");
  });
});
