import { describe, expect, it } from "vitest";
import { dayCaption, stepDay } from "./playback";
import { makeEvent } from "./testing/event-factory";

const days = ["2025-05-06", "2025-05-07", "2025-05-08"];

describe("stepDay", () => {
  it("steps forward and back", () => {
    expect(stepDay(days, "2025-05-07", 1)).toBe("2025-05-08");
    expect(stepDay(days, "2025-05-07", -1)).toBe("2025-05-06");
  });
  it("stops at the ends without loop", () => {
    expect(stepDay(days, "2025-05-08", 1)).toBe("2025-05-08");
    expect(stepDay(days, "2025-05-06", -1)).toBe("2025-05-06");
  });
  it("wraps with loop", () => {
    expect(stepDay(days, "2025-05-08", 1, true)).toBe("2025-05-06");
    expect(stepDay(days, "2025-05-06", -1, true)).toBe("2025-05-08");
  });
  it("starts at the first day going forward and the last going back when no day is chosen", () => {
    expect(stepDay(days, undefined, 1)).toBe("2025-05-06");
    expect(stepDay(days, undefined, -1)).toBe("2025-05-08");
  });
  it("snaps a day outside the list to the nearest one", () => {
    expect(stepDay(days, "2025-04-01", 0)).toBe("2025-05-06");
    expect(stepDay(days, "2025-06-01", 0)).toBe("2025-05-08");
  });
});

/** Confirmed, so a caption's counts carry no contested note unless a test asks for one. */
const verification = { status: "confirmed" as const, basis: "Confirmed by both sides' statements in the test." };

describe("dayCaption", () => {
  it("groups by kind and actor, most frequent first", () => {
    const caption = dayCaption([
      makeEvent({ id: "a", kind: "shelling", actor: "pakistan", verification }),
      makeEvent({ id: "b", kind: "missile_strike", actor: "india", verification }),
      makeEvent({ id: "c", kind: "missile_strike", actor: "india", verification }),
    ]);
    expect(caption).toBe("2 missile strikes by India, 1 shelling incident by Pakistan");
  });
  it("says who acted only where it is established", () => {
    const caption = dayCaption([
      makeEvent({ id: "a", kind: "missile_strike", actor: "india", verification }),
      makeEvent({ id: "b", kind: "missile_strike", actor: "india", verification }),
      makeEvent({ id: "c", kind: "drone_strike", actor: "india", attribution: "claimed", verification }),
      makeEvent({ id: "d", kind: "shelling", actor: "pakistan", attribution: "disputed", verification }),
      makeEvent({ id: "e", kind: "drone_strike", actor: "unknown", attribution: "unknown", verification }),
      makeEvent({ id: "f", kind: "diplomatic", actor: "other", verification }),
    ]);
    expect(caption).toBe(
      "2 missile strikes by India, 1 drone strike blamed on India (not established), 1 shelling incident blamed on Pakistan (not established), " +
        "1 drone strike by an unknown actor, 1 diplomatic step by a third party",
    );
  });
  it("names the sides as the dataset's manifest does", () => {
    const names = { india: "North", pakistan: "South", militants: "Armed groups", other: "Other", unknown: "Unknown" };
    expect(dayCaption([makeEvent({ id: "a", actor: "india", verification }), makeEvent({ id: "b", actor: "militants", attribution: "disputed", verification })], names)).toBe(
      "1 missile strike by North, 1 missile strike blamed on Armed groups (not established)",
    );
  });
  it("counts claimed, disputed and denied events as contested, in the same parenthesis as who acted", () => {
    const caption = dayCaption([
      makeEvent({ id: "a", kind: "missile_strike", actor: "india", verification }),
      makeEvent({ id: "b", kind: "missile_strike", actor: "india" }),
      makeEvent({ id: "c", kind: "missile_strike", actor: "india", verification: { ...verification, status: "denied" } }),
      makeEvent({ id: "d", kind: "shelling", actor: "pakistan", attribution: "disputed" }),
    ]);
    expect(caption).toBe("3 missile strikes by India (2 contested), 1 shelling incident blamed on Pakistan (not established; contested)");
  });
  it("says so when a day has no events", () => {
    expect(dayCaption([])).toBe("No recorded events");
  });
});
