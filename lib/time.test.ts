import { describe, expect, it } from "vitest";
import { clampDay, formatDay, formatDayRange } from "./time";
import { shortDay } from "./timeline/axis-ticks";

describe("day labels", () => {
  it("write a date the same way whatever the reader's locale and time zone", () => {
    expect(formatDay("2025-05-07")).toBe("7 May 2025");
    expect(shortDay("2025-05-07")).toBe("7 May");
  });

  it("never throw on a value that is not a date (a label shown before the data arrives)", () => {
    expect(formatDay(undefined as unknown as string)).toBe("undefined");
    expect(shortDay("not a day")).toBe("not a day");
  });
});

describe("day spans", () => {
  it("repeat only what differs between the first and last day", () => {
    expect(formatDayRange("2030-03-03", "2030-03-09")).toBe("3–9 March 2030");
    expect(formatDayRange("2025-04-22", "2025-05-20")).toBe("22 April – 20 May 2025");
    expect(formatDayRange("2029-12-28", "2030-01-04")).toBe("28 December 2029 – 4 January 2030");
  });

  it("write a span of one day as that day", () => {
    expect(formatDayRange("2025-05-07", "2025-05-07")).toBe("7 May 2025");
  });
});

describe("clampDay", () => {
  it("keeps a day within the span", () => expect(clampDay("2025-05-07", "2025-04-22", "2025-05-20")).toBe("2025-05-07"));

  it("moves a day outside the span to the nearer end", () => {
    expect(clampDay("2025-06-01", "2025-04-22", "2025-05-20")).toBe("2025-05-20");
    expect(clampDay("2024-01-01", "2025-04-22", "2025-05-20")).toBe("2025-04-22");
  });
});
