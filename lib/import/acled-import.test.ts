import { describe, expect, it } from "vitest";
import { importBytes, importText } from "./import-file";
import { ImportFileError } from "./read-file";
import { DEFAULT_ACTOR_MAPPING } from "./acled-actors";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";
import { eventsToCsv } from "../export/csv";
import { ImportedEventFeatureSchema } from "../schemas/imported-event";

const open = (text: string, extra: Partial<Parameters<typeof importText>[1]> = {}) =>
  importText(text, { fileName: "acled.csv", format: "acled", ...extra });

describe("ACLED import: a valid row", () => {
  const { events, report, summary } = open(acledCsv([makeAcledRow()]));
  const [e] = events;
  const p = e!.properties;

  it("becomes one event of the imported-data profile, with nothing reported", () => {
    expect(report).toEqual([]);
    expect(events).toHaveLength(1);
    expect(ImportedEventFeatureSchema.safeParse(e).success).toBe(true);
    expect(summary).toMatchObject({ format: "acled", rows: 1, accepted: 1, rejected: 0, period: { first: "2025-05-07", last: "2025-05-07" } });
  });

  it("maps id, place, point, kind and keeps ACLED's own label", () => {
    expect(p.id).toBe("acled-syn1001");
    expect(e!.geometry).toEqual({ type: "Point", coordinates: [73.902, 33.515] });
    expect(p.place).toEqual({ name: "Synthetic Village", district: "Kotli", province: "Azad Kashmir", administeredBy: "pakistan" });
    expect(p.kind).toBe("artillery_or_missile");
    expect(p.sourceLabel).toBe("Explosions/Remote violence: Shelling/artillery/missile attack");
    expect(p.title).toBe("Shelling/artillery/missile attack in Synthetic Village");
    expect(p.summary).toBe("On 7 May 2025, invented shelling hit a synthetic village; a made-up row for tests.");
  });

  it("says the event is reported and who acted is only claimed by the reports", () => {
    expect(p.verification.status).toBe("reported");
    expect(p.actor).toBe("india");
    expect(p.attribution).toBe("claimed");
    expect(p.precision).toBe("town");
    expect(p.datePrecision).toBeUndefined();
  });

  it("keeps ACLED's publishers as sources without links, under ACLED's citation, and marks the relaxed rules", () => {
    expect(p.sources).toEqual([
      { publisher: "ACLED", title: "ACLED event SYN1001", type: "research", origin: "other", url: "https://acleddata.com", published: "2025-05-08" },
      { publisher: "Example Daily" },
      { publisher: "Example Wire" },
    ]);
    expect(p.imported).toMatchObject({
      format: "acled",
      file: "acled.csv",
      row: 2,
      citation: { title: "Armed Conflict Location & Event Data (ACLED) export", url: "https://acleddata.com", recordId: "SYN1001" },
      relaxed: ["source-links", "source-details"],
    });
    expect(p.casualties).toEqual([
      { killed: 2, who: "people killed in the event, all sides (ACLED's conservative estimate)", reportedBy: "ACLED", source: "https://acleddata.com" },
    ]);
  });

  it("keeps every other column verbatim, including the actor's own name", () => {
    expect(p.imported.extra).toMatchObject({
      actor1: "Military Forces of India (2014-)",
      actor2: "Civilians (Pakistan)",
      inter1: "1",
      civilian_targeting: "Civilian targeting",
      disorder_type: "Political violence",
      source_scale: "National",
    });
    expect(p.imported.extra).not.toHaveProperty("admin3");
  });
});

describe("ACLED import: the codebook's precisions", () => {
  it.each([
    ["1", "town"],
    ["2", "district"],
    ["3", "region"],
  ])("geo_precision %s → %s", (code, precision) => {
    expect(open(acledCsv([makeAcledRow({ geo_precision: code })])).events[0]!.properties.precision).toBe(precision);
  });

  it.each([
    ["2", "week"],
    ["3", "month"],
  ])("time_precision %s → a %s date precision", (code, datePrecision) => {
    expect(open(acledCsv([makeAcledRow({ time_precision: code })])).events[0]!.properties.datePrecision).toBe(datePrecision);
  });

  it("reads dates written as DD Month YYYY", () => {
    const rows = [makeAcledRow({ event_date: "07 May 2025" }), makeAcledRow({ event_id_cnty: "SYN2", event_date: "9 june 2025" })];
    expect(open(acledCsv(rows)).events.map((e) => e.properties.date)).toEqual(["2025-05-07", "2025-06-09"]);
  });

  it("maps each event type through the table, and an unidentified actor to unknown", () => {
    const rows = [
      makeAcledRow({ event_id_cnty: "A1", event_type: "Battles", sub_event_type: "Armed clash" }),
      makeAcledRow({ event_id_cnty: "A2", event_type: "Protests", sub_event_type: "Excessive force against protestors", actor1: "Protesters (Pakistan)", inter1: "6" }),
      makeAcledRow({ event_id_cnty: "A3", event_type: "Strategic developments", sub_event_type: "Arrests" }),
      makeAcledRow({ event_id_cnty: "A4", actor1: "Unidentified Armed Group (India)", inter1: "3" }),
    ];
    const out = open(acledCsv(rows)).events.map((e) => [e.properties.kind, e.properties.actor, e.properties.attribution]);
    expect(out).toEqual([
      ["battle", "india", "claimed"],
      ["protest", "other", "claimed"],
      ["strategic_development", "india", "claimed"],
      ["artillery_or_missile", "unknown", "unknown"],
    ]);
  });

  it("takes the reader's actor mapping", () => {
    const mapping = { ...DEFAULT_ACTOR_MAPPING, actors: { "Military Forces of India (2014-)": "other" as const }, namedAttribution: "established" as const };
    const [e] = open(acledCsv([makeAcledRow()]), { actorMapping: mapping }).events;
    expect([e!.properties.actor, e!.properties.attribution]).toEqual(["other", "established"]);
  });
});

describe("ACLED import: untrusted and malformed input", () => {
  it("accepts a byte-order mark and CRLF line ends", () => {
    const bytes = new TextEncoder().encode(acledCsv([makeAcledRow()], { bom: true, eol: "\r\n" }));
    expect(bytes[0]).toBe(0xef);
    const { events, report } = importBytes(bytes, { fileName: "acled.csv" });
    expect(report).toEqual([]);
    expect(events[0]!.properties.id).toBe("acled-syn1001");
  });

  it("reports each bad row with its row number, column and reason, and loads the rest", () => {
    const rows = [
      makeAcledRow({ event_id_cnty: "OK1" }),
      makeAcledRow({ event_id_cnty: "BAD1", latitude: "north", event_date: "2025-02-30" }),
      makeAcledRow({ event_id_cnty: "BAD2", sub_event_type: "Cyber attack" }),
      makeAcledRow({ event_id_cnty: "OK1" }),
      makeAcledRow({ event_id_cnty: "OK2", fatalities: "about 3" }),
    ];
    const { events, report, summary } = open(acledCsv(rows));
    expect(events.map((e) => e.properties.id)).toEqual(["acled-ok1", "acled-ok2"]);
    expect(report.map((r) => [r.row, r.column, r.outcome])).toEqual([
      [3, "event_date", "row rejected"],
      [3, "latitude", "row rejected"],
      [4, "sub_event_type", "row rejected"],
      [5, "event_id_cnty", "row rejected"],
      [6, "fatalities", "value dropped"],
    ]);
    expect(report[1]!.value).toBe("north");
    expect(report[3]!.reason).toBe("repeats the id of row 2; only the first is loaded");
    expect(summary).toMatchObject({ rows: 5, accepted: 2, rejected: 3 });
    expect(events[1]!.properties.casualties).toBeUndefined();
  });

  it("reports a row whose quotes are broken, and a row with a missing cell", () => {
    const good = acledCsv([makeAcledRow({ event_id_cnty: "G1" })]);
    const short = "SYN9,2025-05-07,2025\r\n";
    const { events, report } = open(good + short);
    expect(events).toHaveLength(1);
    expect(report).toEqual([{ row: 3, column: "-", reason: "has 3 cells; the header has 31 columns", outcome: "row rejected" }]);
    const broken = open(good + '"SYN8,2025-05-07\r\n');
    expect(broken.report[0]).toMatchObject({ row: 3, column: "-", outcome: "row rejected" });
    expect(broken.report[0]!.reason).toMatch(/^cannot be read: .*quote/);
  });

  it("keeps formula-like text as text, and the CSV export neutralises it", () => {
    const hostile = '=HYPERLINK("https://evil.example","click")';
    const { events } = open(acledCsv([makeAcledRow({ notes: hostile, location: "@SUM(A1)" })]));
    expect(events[0]!.properties.summary).toBe(hostile);
    const csv = eventsToCsv(events as never);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csv).toContain(",'@SUM(A1),");
  });

  it("refuses a CSV without ACLED's columns with one message naming them", () => {
    const text = acledCsv([makeAcledRow()], { columns: ["event_id_cnty", "event_date", "event_type", "sub_event_type", "geo_precision"] });
    expect(() => open(text)).toThrow(ImportFileError);
    expect(() => open(text)).toThrow("acled.csv is not an ACLED export: it lacks the columns time_precision, actor1, country, location, latitude, longitude.");
  });
});
