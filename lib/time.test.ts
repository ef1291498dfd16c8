import { describe, expect, it } from "vitest";
import { formatDay } from "./time";
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
