import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvField, eventsToCsv } from "./csv";
import { parseCsv } from "./parse-csv";
import { exportFileName } from "./file-name";
import { makeEvent } from "../testing/event-factory";

describe("CSV export", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "quoted", word')).toBe('"a ""quoted"", word"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe("");
  });

  it("neutralises text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(csvField("+91 call")).toBe("'+91 call");
    expect(csvField("-2 drones")).toBe("'-2 drones");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField("a = b")).toBe("a = b");
  });

  it("round-trips a title with a comma and quotes through a strict reader", () => {
    const title = 'Strike on "Markaz Taiba", Muridke';
    const csv = eventsToCsv([makeEvent({ title, summary: "Line one.\nLine two, with a comma." })]);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(record.title).toBe(title);
    expect(record.summary).toBe("Line one.\nLine two, with a comma.");
    expect(record.lat).toBe("31.7");
    expect(record.lon).toBe("74.3");
    expect(record.sources).toBe("https://pib.gov.in/example-statement | https://ispr.gov.pk/example-release");
  });

  it("ends every record with CRLF", () => {
    const csv = eventsToCsv([makeEvent()]);
    expect(csv.split("\r\n")).toHaveLength(3);
  });
});

describe("exportFileName", () => {
  it("names a day and a scale", () => expect(exportFileName({ from: "2025-05-07", to: "2025-05-07" }, "png", 2)).toBe("strike-map-2025-05-07@2x.png"));
  it("names a range without a scale", () =>
    expect(exportFileName({ from: "2025-04-22", to: "2025-05-07" }, "csv")).toBe("strike-map-2025-04-22_2025-05-07.csv"));
});
