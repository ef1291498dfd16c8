import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importText } from "./import-file";
import { CSV_COLUMNS, eventsToCsv } from "../export/csv";
import { makeEvent } from "../testing/event-factory";
import { PROJECT_CSV_CASUALTY, PROJECT_CSV_COMPUTED, PROJECT_CSV_OPTIONAL, PROJECT_CSV_REQUIRED } from "./project-csv-rows";

const open = (text: string) => importText(text, { fileName: "export.csv" });
const reported = makeEvent({ id: "reported-one", verification: { status: "reported", basis: "Reported by two outlets." }, contested: [], claims: [] });

describe("import of this map's CSV export", () => {
  it("reads every column the export writes, or knowingly skips it", () => {
    const known = new Set<string>([...PROJECT_CSV_REQUIRED, ...PROJECT_CSV_OPTIONAL, ...PROJECT_CSV_COMPUTED, ...PROJECT_CSV_CASUALTY]);
    expect(CSV_COLUMNS.filter((c) => !known.has(c))).toEqual([]);
  });

  it("reads an exported event back with its fields, and marks what the CSV cannot carry", () => {
    const { events, report } = open(eventsToCsv([reported]));
    expect(report).toEqual([]);
    const p = events[0]!.properties;
    expect(events[0]!.geometry).toEqual({ type: "Point", coordinates: [74.3, 31.7] });
    expect(p).toMatchObject({
      id: "reported-one",
      date: "2025-05-07",
      time: "01:05+05:30",
      kind: "missile_strike",
      actor: "india",
      attribution: "established",
      place: { name: "Muridke", district: "Sheikhupura", province: "Punjab", administeredBy: "pakistan" },
      precision: "site",
      verification: { status: "reported", basis: "Reported by two outlets." },
      statedTarget: { value: "militant_site", statedBy: "Indian Ministry of Defence" },
    });
    expect(p.sources).toEqual([
      { publisher: "pib.gov.in", url: "https://pib.gov.in/example-statement" },
      { publisher: "ispr.gov.pk", url: "https://ispr.gov.pk/example-release" },
    ]);
    // The export carries the stated target's source, so only the sources' details are relaxed.
    expect(p.statedTarget?.source).toBe(reported.properties.statedTarget?.source);
    expect(p.imported.relaxed).toEqual(["source-details", "source-strength"]);
  });

  it("reads a neutralised formula cell back as the text it was", () => {
    const csv = eventsToCsv([makeEvent({ ...reported.properties, title: "=Strike reported" })]);
    expect(csv).toContain("'=Strike reported");
    expect(open(csv).events[0]!.properties.title).toBe("=Strike reported");
  });

  it("keeps the casualty columns as extra values, and reports one that is not a number", () => {
    const [row] = Papa.parse<Record<string, string>>(eventsToCsv([reported]), { header: true, skipEmptyLines: true }).data;
    const edited = { ...row!, killed_low: "2", killed_high: "5", injured_low: "", injured_high: "x", casualty_reports: "2 killed (ISPR) | 5 killed (Dawn)" };
    const { events, report } = open(`${Papa.unparse([edited], { columns: [...CSV_COLUMNS], newline: "\r\n" })}\r\n`);
    expect(report).toEqual([{ row: 2, column: "injured_high", value: "x", reason: "is not a whole number; it is not kept", outcome: "value dropped" }]);
    const p = events[0]!.properties;
    expect(p.statedTarget?.source).toBe(reported.properties.statedTarget?.source);
    expect(p.imported.relaxed).not.toContain("stated-target-source");
    expect(p.imported.extra).toEqual({ killed_low: "2", killed_high: "5", casualty_reports: "2 killed (ISPR) | 5 killed (Dawn)" });
  });

  it("rejects a row with an unknown kind and loads a source without a javascript: link", () => {
    const csv = eventsToCsv([makeEvent({ ...reported.properties, kind: "invasion" as never }), makeEvent({ ...reported.properties, id: "two" })]);
    const text = csv.replaceAll("https://ispr.gov.pk/example-release,", "javascript:alert(1),");
    const { events, report } = open(text);
    expect(events.map((e) => e.properties.id)).toEqual(["two"]);
    expect(report.map((r) => [r.row, r.column, r.outcome])).toEqual([
      [2, "kind", "row rejected"],
      [3, "sources", "value dropped"],
    ]);
    expect(events[0]!.properties.sources.map((s) => s.url)).toEqual(["https://pib.gov.in/example-statement"]);
  });

  it("names the column of a value only the schema can judge", () => {
    const { report } = open(eventsToCsv([makeEvent({ ...reported.properties, date: "2025-13-01" })]));
    expect(report).toEqual([{ row: 2, column: "date", value: "2025-13-01", reason: "must be a date as YYYY-MM-DD", outcome: "row rejected" }]);
  });
});
