import { describe, expect, it } from "vitest";
import { parseEventDate, unixSecondsToDate } from "./dates";

describe("parseEventDate", () => {
  it.each([
    ["2025-05-07", "2025-05-07"],
    ["07 May 2025", "2025-05-07"],
    ["7 May 2025", "2025-05-07"],
    ["7 may 2025", "2025-05-07"],
    ["07-May-2025", "2025-05-07"],
    ["1 Sep 2024", "2024-09-01"],
    [" 29 February 2024 ", "2024-02-29"],
  ])("reads %j", (text, iso) => expect(parseEventDate(text)).toBe(iso));

  it.each(["2025-02-30", "29 February 2025", "7 Mai 2025", "05/07/2025", "2025-5-7", "", "May 2025"])("refuses %j", (text) =>
    expect(parseEventDate(text)).toBeNull(),
  );
});

describe("unixSecondsToDate", () => {
  it("reads ACLED's timestamp as a UTC date", () => expect(unixSecondsToDate("1746700000")).toBe("2025-05-08"));

  it("agrees with the Date object across leap years and century rules", () => {
    for (let s = 946_684_800 - 86_400 * 400; s < 4_102_444_800; s += 86_400 * 37 + 4_321)
      expect(unixSecondsToDate(String(s))).toBe(new Date(s * 1000).toISOString().slice(0, 10));
  });
  it("refuses anything else", () => expect(unixSecondsToDate("2025-05-08")).toBeNull());
});
