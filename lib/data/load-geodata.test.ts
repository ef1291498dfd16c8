import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GEODATA_DIR, loadGeodata } from "./load-geodata";
import { GeodataError, formatIssue } from "./validate";
import { makeEvent } from "../testing/event-factory";

const boundaries = readFileSync(path.join(GEODATA_DIR, "boundaries.geojson"), "utf8");
const countries = readFileSync(path.join(GEODATA_DIR, "basemap", "countries.geojson"), "utf8");

/** A geodata folder with the real boundaries and the given event files. */
function fixture(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "geodata-"));
  mkdirSync(path.join(dir, "events"));
  writeFileSync(path.join(dir, "boundaries.geojson"), boundaries);
  mkdirSync(path.join(dir, "basemap"));
  writeFileSync(path.join(dir, "basemap", "countries.geojson"), countries);
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
      'a.geojson: feature "early": properties.date: 2025-04-01 is outside 2025-04-22–2025-05-20',
      'a.geojson: feature "far": geometry.coordinates: outside the region 60,22,80,38',
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
});
