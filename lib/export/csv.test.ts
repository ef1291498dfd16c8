import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvField, eventsToCsv } from "./csv";
import { parseCsv } from "./parse-csv";
import { exportFileName } from "./file-name";
import { makeEvent } from "../testing/event-factory";

describe("CSV export", () => {
  it("names the local file on every row when one is shown, and adds nothing otherwise", () => {
    const events = [makeEvent({ id: "a" }), makeEvent({ id: "b" })];
    const rows = parseCsv(eventsToCsv(events, { localNote: "Showing x.csv (2 events), loaded from this computer" }));
    expect(rows[0]).toEqual([...CSV_COLUMNS, "shown_from"]);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(Array(2).fill("Showing x.csv (2 events), loaded from this computer"));
    expect(parseCsv(eventsToCsv(events))[0]).toEqual([...CSV_COLUMNS]);
  });

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

  it("carries who acted, whether that is established, the stated target with its source, and the contested facts", () => {
    const [header, row] = parseCsv(eventsToCsv([makeEvent({ actor: "pakistan", attribution: "disputed", contested: ["actor", "target"] })]));
    const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(record).toMatchObject({
      actor: "pakistan",
      attribution: "disputed",
      stated_target: "militant_site",
      stated_target_by: "Indian Ministry of Defence",
      stated_target_source: "https://pib.gov.in/example-statement",
      contested: "actor | target",
    });
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

describe("CSV casualty and attribution columns", () => {
  const read = (csv: string) => {
    const [header, ...rows] = parseCsv(csv);
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
  };
  it("gives the lowest and highest figure and every report with who gave it", () => {
    const [row] = read(
      eventsToCsv([
        makeEvent({
          casualties: [
            { killed: 26, injured: 17, who: "civilians", reportedBy: "Jammu and Kashmir Police", source: "https://pib.gov.in/example-statement" },
            { killed: 28, who: "civilians", reportedBy: "Reuters", source: "https://ispr.gov.pk/example-release" },
          ],
        }),
      ]),
    );
    expect([row!.killed_low, row!.killed_high, row!.injured_low, row!.injured_high]).toEqual(["26", "28", "17", "17"]);
    expect(row!.casualty_reports).toBe("26 killed, 17 injured (civilians), reported by Jammu and Kashmir Police | 28 killed (civilians), reported by Reuters");
  });
  it("leaves the casualty columns empty when no figure is reported", () => {
    const [row] = read(eventsToCsv([makeEvent({ casualties: undefined })]));
    expect([row!.killed_low, row!.killed_high, row!.injured_low, row!.injured_high, row!.casualty_reports]).toEqual(["", "", "", "", ""]);
  });
  it("carries the attribution and the stated target with who stated it and where", () => {
    const [row] = read(eventsToCsv([makeEvent({ attribution: "disputed" })]));
    expect(row!.attribution).toBe("disputed");
    expect(row!.stated_target).toBe("militant_site");
    expect(row!.stated_target_by).toBe("Indian Ministry of Defence");
    expect(row!.stated_target_source).toBe("https://pib.gov.in/example-statement");
  });
  it("records on every row the boundary view the map was drawn in, international unless another is given", () => {
    expect(read(eventsToCsv([makeEvent(), makeEvent({ id: "two" })])).map((r) => r.boundary_view)).toEqual(["international", "international"]);
    expect(read(eventsToCsv([makeEvent()], { pov: "pakistan" }))[0]!.boundary_view).toBe("pakistan");
  });
});

describe("exportFileName with a preset", () => {
  it("names the day and the preset", () => expect(exportFileName({ from: "2025-05-07", to: "2025-05-07" }, "png", undefined, "a4-300dpi")).toBe("strike-map-2025-05-07-a4-300dpi.png"));
});
