import { describe, expect, it } from "vitest";
import { formatRowIssue, rowReportToCsv } from "./row-report";
import { parseCsv } from "../export/parse-csv";

const report = [
  { row: 3, column: "latitude", value: "=1+1", reason: "must be a number from -90 to 90", outcome: "row rejected" as const },
  { row: 7, column: "fatalities", value: "about 3", reason: "is not a whole number", outcome: "value dropped" as const },
];

describe("the row report", () => {
  it("downloads as CSV with one line per issue, a formula-like value neutralised", () => {
    const [header, first, second] = parseCsv(rowReportToCsv(report));
    expect(header).toEqual(["row", "column", "value", "reason", "outcome"]);
    expect(first).toEqual(["3", "latitude", "'=1+1", "must be a number from -90 to 90", "row rejected"]);
    expect(second).toEqual(["7", "fatalities", "about 3", "is not a whole number", "value dropped"]);
  });

  it("reads as one line per issue in a terminal", () => {
    expect(formatRowIssue(report[0]!)).toBe('row 3, latitude ("=1+1"): must be a number from -90 to 90 (row rejected)');
  });
});
