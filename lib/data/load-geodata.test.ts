import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GEODATA_DIR, geodataDir, loadGeodata } from "./load-geodata";
import { GeodataError, formatIssue } from "./validate";
import { makeEvent } from "../testing/event-factory";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";
import { importText } from "../import/import-file";

const boundaries = readFileSync(path.join(GEODATA_DIR, "boundaries.geojson"), "utf8");
const countries = readFileSync(path.join(GEODATA_DIR, "basemap", "countries.geojson"), "utf8");
const manifest = JSON.parse(readFileSync(path.join(GEODATA_DIR, "dataset.json"), "utf8")) as Record<string, unknown>;

/** A geodata folder with the real boundaries and manifest (or the given changes to it) and the given event files. */
function fixture(files: Record<string, unknown>, dataset: Record<string, unknown> | null = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "geodata-"));
  mkdirSync(path.join(dir, "events"));
  writeFileSync(path.join(dir, "boundaries.geojson"), boundaries);
  mkdirSync(path.join(dir, "basemap"));
  writeFileSync(path.join(dir, "basemap", "countries.geojson"), countries);
  if (dataset) writeFileSync(path.join(dir, "dataset.json"), JSON.stringify({ ...manifest, ...dataset }));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dir, "events", name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}
const fc = (...features: unknown[]) => ({ type: "FeatureCollection", features });

async function problems(dir: string): Promise<string[]> {
  try {
    await loadGeodata(dir);
    return [];
  } catch (e) {
    if (!(e instanceof GeodataError)) throw e;
    return e.issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) }));
  }
}

describe("loadGeodata", () => {
  it("loads valid files, sorted by date and time, with a version hash", async () => {
    const dir = fixture({
      "b.geojson": fc(makeEvent({ id: "late", date: "2025-05-10" })),
      "a.geojson": fc(makeEvent({ id: "early", date: "2025-04-22" })),
    });
    const data = await loadGeodata(dir);
    expect(data.events.map((e) => e.properties.id)).toEqual(["early", "late"]);
    expect(data.boundaries.map((b) => b.properties.kind).sort()).toEqual(["agpl", "international_border", "loc", "working_boundary"]);
    expect(data.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes the version when the data changes", async () => {
    const a = await loadGeodata(fixture({ "a.geojson": fc(makeEvent({ title: "First title" })) }));
    const b = await loadGeodata(fixture({ "a.geojson": fc(makeEvent({ title: "Second title" })) }));
    expect(a.version).not.toBe(b.version);
  });

  it("names file, feature and field for a broken feature", async () => {
    const bad = makeEvent({ id: "bad-one", date: "2025-13-01" });
    expect(await problems(fixture({ "x.geojson": fc(makeEvent({ id: "good" }), bad) }))).toEqual([
      'x.geojson: feature "bad-one": properties.date: must be a date as YYYY-MM-DD',
    ]);
  });

  it("names a feature by position when it has no id", async () => {
    const e = makeEvent();
    delete (e.properties as Partial<typeof e.properties>).id;
    expect(await problems(fixture({ "x.geojson": fc(e) }))).toEqual([
      "x.geojson: feature #0: properties.id: Invalid input: expected string, received undefined",
    ]);
  });

  it("reports a duplicate id across files", async () => {
    const out = await problems(fixture({ "a.geojson": fc(makeEvent({ id: "same" })), "b.geojson": fc(makeEvent({ id: "same" })) }));
    expect(out).toEqual([expect.stringMatching(/^b\.geojson: feature "same": properties\.id: duplicate id, first used in .*a\.geojson$/)]);
  });

  it("reports a date outside the period and a conflict event outside the region", async () => {
    const out = await problems(
      fixture({ "a.geojson": fc(makeEvent({ id: "early", date: "2025-04-01" }), makeEvent({ id: "far" }, [100, 30])) }),
    );
    expect(out).toEqual([
      'a.geojson: feature "early": properties.date: 2025-04-01 is outside 2025-04-22–2025-05-20 (dataset.json period)',
      'a.geojson: feature "far": geometry.coordinates: outside the region 60,22,80,38 (dataset.json region)',
    ]);
  });

  it("lets a diplomatic event sit outside the region", async () => {
    const beijing = makeEvent({ id: "talks", kind: "diplomatic", statedTarget: undefined, contested: [] }, [116.4, 39.9]);
    expect(await problems(fixture({ "a.geojson": fc(beijing) }))).toEqual([]);
  });

  it("reports a file that is not JSON or not a FeatureCollection", async () => {
    const out = await problems(fixture({ "a.geojson": "{ nope", "b.geojson": { type: "Feature" } }));
    expect(out[0]).toMatch(/^a\.geojson: feature -: -: not valid JSON/);
    expect(out[1]).toBe("b.geojson: feature -: type: must be a GeoJSON FeatureCollection");
  });

  it("reads the period and region from dataset.json", async () => {
    const dir = fixture({ "a.geojson": fc(makeEvent({ id: "early", date: "2025-04-01" }, [100, 30])) }, {
      period: { first: "2025-03-01", last: "2025-05-31" },
      region: [60, 0, 120, 40],
    });
    expect(await problems(dir)).toEqual([]);
    expect((await loadGeodata(dir)).dataset.period).toEqual({ first: "2025-03-01", last: "2025-05-31" });
  });

  it("names a missing or invalid manifest and its field", async () => {
    expect(await problems(fixture({ "a.geojson": fc(makeEvent()) }, null))).toEqual([
      expect.stringMatching(/^dataset\.json: feature -: -: cannot read: ENOENT/),
    ]);
    const bad = fixture({ "a.geojson": fc(makeEvent()) }, { period: { first: "2025-05-20", last: "2025-04-22" }, bounds: [80, 20, 70, 30] });
    expect(await problems(bad)).toEqual([
      "dataset.json: feature -: period.last: first must not be after last",
      "dataset.json: feature -: bounds: must be [west, south, east, north] with west < east and south < north",
    ]);
  });

  it("rejects an actor, kind or UTC offset the manifest does not list", async () => {
    const dir = fixture(
      { "a.geojson": fc(makeEvent({ id: "x", actor: "militants", kind: "protest", time: "01:05+04:00" })) },
      { sides: [{ id: "india", name: "India", colour: { light: "#d55e00", dark: "#f08a3c" } }], kinds: ["missile_strike"] },
    );
    expect(await problems(dir)).toEqual([
      'a.geojson: feature "x": properties.actor: "militants" is not one of the sides in dataset.json (india)',
      'a.geojson: feature "x": properties.kind: "protest" is not one of the kinds in dataset.json',
      'a.geojson: feature "x": properties.time: UTC offset +04:00 is not one of the time zones in dataset.json (+05:30, +05:00)',
    ]);
  });

  it("reads the lines file the manifest names", async () => {
    const dir = fixture({ "a.geojson": fc(makeEvent()) }, { lines: "lines/own.geojson" });
    expect(await problems(dir)).toEqual([expect.stringMatching(/^own\.geojson: feature -: -: cannot read/)]);
    mkdirSync(path.join(dir, "lines"));
    writeFileSync(path.join(dir, "lines", "own.geojson"), boundaries);
    expect((await loadGeodata(dir)).boundaries.map((b) => b.properties.id)).toEqual(
      (JSON.parse(boundaries) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id),
    );
  });

  it("reads the folder named by GEODATA_DIR at run time, else the bundled one", () => {
    expect(geodataDir({})).toBe(GEODATA_DIR);
    expect(geodataDir({ GEODATA_DIR: "/srv/my-data" })).toBe("/srv/my-data");
    expect(geodataDir({ GEODATA_DIR: "data" })).toBe(path.resolve("data"));
  });

  it("loads imported events under the imported-data profile, keeping their mark", async () => {
    const { events } = importText(acledCsv([makeAcledRow()]), { fileName: "acled.csv" });
    const dir = fixture({ "imported.geojson": fc(...events) }, { kinds: ["artillery_or_missile"] });
    const data = await loadGeodata(dir);
    expect(data.events[0]!.properties).toMatchObject({ id: "acled-syn1001", imported: { relaxed: ["source-links", "source-details"] } });
    const hidden = structuredClone(events[0]!);
    hidden.properties.imported.relaxed = [];
    expect(await problems(fixture({ "imported.geojson": fc(hidden) }, { kinds: ["artillery_or_missile"] }))).toEqual([
      'imported.geojson: feature "acled-syn1001": properties.imported.relaxed: must list exactly the rules this event is let off: [source-links, source-details]',
    ]);
  });
});
