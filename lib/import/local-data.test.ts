import { describe, expect, it } from "vitest";
import { importText } from "./import-file";
import { DEFAULT_ACTOR_MAPPING } from "./acled-actors";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";
import { localFileLabel, localTitle, openingDay, localFileNote, localTimeline, reportHeadline, withoutFailedRows, type LocalData } from "./local-data";

function opened(rows: Record<string, string>[]): LocalData {
  const r = importText(acledCsv(rows), { fileName: "export.csv", format: "acled" });
  return { file: "export.csv", format: "acled", imported: r.events, report: r.report, summary: r.summary, mapping: DEFAULT_ACTOR_MAPPING };
}

const good = (id: string, date: string) => makeAcledRow({ event_id_cnty: id, event_date: date });

describe("local data", () => {
  it("names the file and its events the same way wherever it is shown", () => {
    expect(localFileLabel({ file: "acled.csv", events: 9812 })).toBe("acled.csv (9,812 events)");
    expect(localFileLabel({ file: "one.geojson", events: 1 })).toBe("one.geojson (1 event)");
    expect(localFileNote({ file: "acled.csv", events: 3 })).toBe(
      "Showing acled.csv (3 events), loaded from this computer — a link to this page cannot carry it",
    );
  });

  it("titles the page with the file's name and its own period, not the built-in dataset's", () => {
    const data = opened([good("A1", "2030-03-03"), good("A2", "2030-03-09")]);
    expect(localTitle(data.summary)).toBe("export.csv · 3–9 March 2030 (opened from this computer)");
    expect(localTitle({ file: "empty.csv" })).toBe("empty.csv (opened from this computer)");
  });

  it("sums up what became of the rows", () => {
    const data = opened([good("A1", "2025-05-07"), { ...good("A2", "2025-05-08"), latitude: "north" }, { ...good("A3", "2025-05-09"), fatalities: "many" }]);
    expect(reportHeadline(data.summary, data.report)).toBe("2 events loaded, 1 row rejected, 1 value dropped");
  });

  it("opens a small file on all days and a large one on its first day", () => {
    const small = opened([good("A1", "2025-05-07"), good("A2", "2025-05-09")]);
    expect(openingDay(small)).toBeUndefined();
    const large = { ...small, imported: Array(5_001).fill(small.imported[0]) };
    expect(openingDay(large)).toBe("2025-05-07");
  });

  it("builds one timeline day per date from the first event to the last, days without events included", () => {
    const data = opened([good("A1", "2025-05-07"), good("A2", "2025-05-09"), good("A3", "2025-05-09")]);
    expect(localTimeline(data.imported, data.summary).days.map((d) => [d.date, d.count])).toEqual([
      ["2025-05-07", 1],
      ["2025-05-08", 0],
      ["2025-05-09", 2],
    ]);
  });

  it("removes events whose rows failed the late profile check and lists those rows as rejected", () => {
    const data = opened([good("A1", "2025-05-07"), good("A2", "2025-05-08")]);
    const after = withoutFailedRows(data, [{ row: 3, column: "-", reason: "fails the profile", outcome: "row rejected" }]);
    expect(after.imported.map((e) => e.properties.id)).toEqual(["acled-a1"]);
    expect(after.summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(after.report).toEqual([{ row: 3, column: "-", reason: "fails the profile", outcome: "row rejected" }]);
    expect(withoutFailedRows(data, [])).toBe(data);
  });
});
