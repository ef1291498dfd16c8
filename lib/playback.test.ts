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

describe("dayCaption", () => {
  it("groups by kind and actor, most frequent first", () => {
    const caption = dayCaption([
      makeEvent({ id: "a", kind: "shelling", actor: "pakistan" }),
      makeEvent({ id: "b", kind: "missile_strike", actor: "india" }),
      makeEvent({ id: "c", kind: "missile_strike", actor: "india" }),
    ]);
    expect(caption).toBe("2 missile strikes by India, 1 shelling incident by Pakistan");
  });
  it("says so when a day has no events", () => {
    expect(dayCaption([])).toBe("No recorded events");
  });
});
