import { legendGroups } from "./frame-legend";
import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { frameInfo, rangeLabel, DEFAULT_BOUNDARY_NOTE, type FrameFacts } from "./frame-info";
import { filterPhrases, filtersLine } from "./filter-words";
import { LIGHT } from "../map/theme";

// 22 April: one militant attack; 7 May: two Indian strikes (one confirmed, one disputed) and a Pakistani
// shelling claim; 10 May: a Pakistani drone strike; 8 May: nothing.
const EVENTS = [
  makeEvent({ id: "pahalgam", date: "2025-04-22", kind: "terror_attack", actor: "militants", attribution: "claimed", verification: { status: "confirmed", basis: "Both sides agree it happened." } }, [75.32, 34.01]),
  makeEvent({ id: "muridke", date: "2025-05-07", kind: "missile_strike", actor: "india", attribution: "established", verification: { status: "confirmed", basis: "Imagery shows the damage." } }, [74.26, 31.8]),
  makeEvent({ id: "muzaffarabad", date: "2025-05-07", kind: "missile_strike", actor: "india", attribution: "established" }, [73.47, 34.37]),
  makeEvent({ id: "poonch", date: "2025-05-07", kind: "shelling", actor: "pakistan", attribution: "disputed", verification: { status: "claimed", basis: "Only one side reports it." } }, [74.1, 33.77]),
  makeEvent({ id: "drone", date: "2025-05-10", kind: "drone_strike", actor: "pakistan", attribution: "claimed", verification: { status: "reported", basis: "Media reports, not verified independently." } }, [74.87, 31.63]),
];

const facts = (over: Partial<FrameFacts>): FrameFacts => ({
  events: EVENTS,
  filters: {},
  range: { from: "2025-05-07", to: "2025-05-07" },
  lines: ["loc", "international_border"],
  theme: "light",
  dataVersion: "0123456789abcdef",
  permalink: "http://localhost/?day=2025-05-07",
  ...over,
});

describe("per-frame information", () => {
  it("counts and names only what 7 May draws", () => {
    const info = frameInfo(facts({}));
    expect(info.dayLabel).toBe("7 May 2025");
    expect(info.count).toBe(3);
    expect(info.countLabel).toBe("3 events");
    expect(info.legend.kinds).toEqual([{ value: "missile_strike", count: 2 }, { value: "shelling", count: 1 }]);
    // The disputed Pakistani event is drawn grey: the colour key counts it as not established, not as Pakistan's.
    expect(info.legend.actors).toEqual([{ value: "india", count: 2 }, { value: "unknown", count: 1 }]);
    const colours = legendGroups(info.legend).find((g) => g.title === "Who acted (colour)")!;
    expect(colours.items.map((i) => i.label)).toEqual(["India (2)", "Not established (1)"]);
    expect(info.legend.statuses).toEqual([{ value: "confirmed", count: 1 }, { value: "claimed", count: 1 }, { value: "disputed", count: 1 }]);
    expect(info.legend.attributions).toEqual([{ value: "established", count: 2, actor: "india" }, { value: "disputed", count: 1, actor: "pakistan" }]);
    expect(info.legend.lines).toEqual(["loc", "international_border"]);
    expect(info.filtersLabel).toBe("No filters: every actor, kind, verification status and attribution");
    expect(info.boundaryNote).toBe(DEFAULT_BOUNDARY_NOTE);
  });

  it("gives 22 April its own legend: the militant attack, no Indian strike", () => {
    const info = frameInfo(facts({ range: { from: "2025-04-22", to: "2025-04-22" } }));
    expect(info.dayLabel).toBe("22 April 2025");
    expect(info.countLabel).toBe("1 event");
    expect(info.legend.kinds.map((k) => k.value)).toEqual(["terror_attack"]);
    // The attack's authors are claimed, not established: drawn grey, with the militants' colour in the badge only.
    expect(info.legend.actors.map((a) => a.value)).toEqual(["unknown"]);
    expect(info.legend.attributions).toEqual([{ value: "claimed", count: 1, actor: "militants" }]);
  });

  it("says an empty day is empty and draws no event legend for it", () => {
    const info = frameInfo(facts({ range: { from: "2025-05-08", to: "2025-05-08" } }));
    expect(info.count).toBe(0);
    expect(info.countLabel).toBe("No events recorded on this day");
    expect(info.legend.kinds).toEqual([]);
    expect(info.legend.statuses).toEqual([]);
    expect(info.credits).not.toMatch(/publisher/);
  });

  it("applies the attribution filter, which the API does not take", () => {
    const info = frameInfo(facts({ filters: { attribution: ["disputed"] } }));
    expect(info.count).toBe(1);
    expect(info.filtersLabel).toBe("Filters: Attribution disputed only");
  });

  it("applies the filters to the count and the legend, and states them", () => {
    const filters = { actor: ["india" as const], verification: ["confirmed" as const, "disputed" as const] };
    const info = frameInfo(facts({ filters }));
    expect(info.count).toBe(2);
    expect(info.legend.actors.map((a) => a.value)).toEqual(["india"]);
    expect(info.filtersLabel).toBe("Filters: India only · Confirmed and disputed only");
    const empty = frameInfo(facts({ filters, range: { from: "2025-05-10", to: "2025-05-10" } }));
    expect(empty.countLabel).toBe("No events match the filters on this day");
  });

  it("counts a cumulative frame up to its day and marks earlier days as faded", () => {
    const info = frameInfo(facts({ range: { from: "2025-04-22", to: "2025-05-07" }, focus: "2025-05-07" }));
    expect(info.dayLabel).toBe("22 April – 7 May 2025");
    expect(info.countLabel).toBe("4 events since 22 April; 3 on 7 May");
    expect(info.legend.fadedEarlierDays).toBe(true);
    expect(info.legend.kinds.map((k) => k.value)).toEqual(["terror_attack", "missile_strike", "shelling"]);
  });

  it("keeps out of the legend what lies outside the frame's view, and says so", () => {
    // A box around Punjab: Muridke only, not Muzaffarabad or Poonch.
    const info = frameInfo(facts({ view: [73.9, 30.5, 75.5, 32.2] }));
    expect(info.count).toBe(1);
    expect(info.countLabel).toBe("3 events (1 in this view)");
    expect(info.legend.kinds).toEqual([{ value: "missile_strike", count: 1 }]);
  });

  it("describes the whole period for a closing frame", () => {
    const info = frameInfo(facts({ range: { from: "2025-04-22", to: "2025-05-20" } }));
    expect(info.dayLabel).toBe("22 April – 20 May 2025");
    expect(info.countLabel).toBe("5 events");
  });
});

describe("filters in words", () => {
  it("names each narrowed filter and ignores one that selects everything", () => {
    expect(filterPhrases({ actor: ["india"] })).toEqual(["India only"]);
    expect(filterPhrases({ actor: ["pakistan", "militants"] })).toEqual(["Pakistan and militants only"]);
    expect(filterPhrases({ verification: ["confirmed", "disputed"] })).toEqual(["Confirmed and disputed only"]);
    expect(filterPhrases({ kind: ["airstrike", "drone_strike"] })).toEqual(["Air strikes and drone strikes only"]);
    expect(filterPhrases({ actor: ["india", "pakistan", "militants", "other", "unknown"] })).toEqual([]);
    expect(filterPhrases({ actor: [] })).toEqual(["No actor selected"]);
    expect(filterPhrases({ attribution: ["disputed", "unknown"] })).toEqual(["Attribution disputed and unknown only"]);
  });
  it("says when nothing is filtered", () => expect(filtersLine({})).toMatch(/^No filters/));
});

describe("range labels", () => {
  it("drops the repeated year", () => expect(rangeLabel({ from: "2025-04-22", to: "2025-05-07" })).toBe("22 April – 7 May 2025"));
});

describe("the manifest's words", () => {
  it("takes the title, time zones, attribution and side names and colours from the manifest", () => {
    const info = frameInfo(
      facts({
        events: [makeEvent({ id: "x", date: "2025-05-07", actor: "other", attribution: "established" }, [74, 32])],
        dataset: {
          title: "Synthetic example",
          timeZones: [{ label: "XST", name: "Example", offset: "+03:00" }],
          attribution: "Invented data.",
          sides: [{ id: "other", name: "Civil groups", colour: { light: "#009e73", dark: "#3fcf9f" } }],
        },
      }),
    );
    expect(info.title).toBe("Synthetic example");
    expect(info.timeZoneNote).toBe("Dates are local: XST (Example) UTC+03:00");
    expect(info.credits).toMatch(/^Invented data\. Events summarised from 2 publishers/);
    expect(info.legend.actors).toEqual([{ value: "other", count: 1 }]);
    expect(info.sideNames.other).toBe("Civil groups");
    expect(info.sideColours.other).toBe("#009e73");
    expect(info.sideColours.india).toBe(LIGHT.actor.india);
  });

  it("falls back to the manifest built into the app", () => {
    const info = frameInfo(facts({}));
    expect(info.title).toBe("India–Pakistan escalation, April–May 2025");
    expect(info.timeZoneNote).toBe("Dates are local: IST (India) UTC+05:30, PKT (Pakistan) UTC+05:00");
  });
});

describe("a frame of a local file", () => {
  const info = frameInfo(facts({ localFile: { file: "acled.csv", events: 5, citations: ["Armed Conflict Location & Event Data (ACLED) export"] } }));

  it("is titled after the file and says it came from this computer, not the built-in data", () => {
    expect(info.title).toBe("acled.csv (5 events), opened from this computer");
    expect(info.credits).toBe("Events from the local file acled.csv (5 events), not the built-in data. Data: Armed Conflict Location & Event Data (ACLED) export.");
    expect(info.localNote).toBe("Showing acled.csv (5 events), loaded from this computer — a link to this page cannot carry it");
  });

  it("keeps the built-in title and no local note otherwise", () => {
    expect(frameInfo(facts({})).localNote).toBeUndefined();
  });
});
