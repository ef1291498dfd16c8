import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runImport } from "./import-cli";
import { loadGeodata, GEODATA_DIR } from "../lib/data/load-geodata";
import { acledCsv, makeAcledRow } from "../lib/testing/acled-factory";

const SAMPLE = path.resolve("docs/examples/acled-synthetic.csv");

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImport(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A geodata folder: the bundled one's lines and manifest, no events yet, manifest changed as given. */
function folder(dataset: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
  cpSync(path.join(GEODATA_DIR, "boundaries.geojson"), path.join(dir, "boundaries.geojson"));
  const manifest = JSON.parse(readFileSync(path.join(GEODATA_DIR, "dataset.json"), "utf8"));
  writeFileSync(path.join(dir, "dataset.json"), JSON.stringify({ ...manifest, ...dataset }));
  return dir;
}

describe("npm run import", () => {
  it("writes the sample's valid events as geodata the server loads, and prints each rejected row", async () => {
    const dir = folder({ kinds: ["artillery_or_missile", "air_or_drone_strike", "battle", "protest"] });
    const outFile = path.join(dir, "events", "acled.geojson");
    const { code, out, err } = run(["--format", "acled", SAMPLE, "--out", outFile]);
    expect(code).toBe(0);
    expect(err).toEqual([
      'row 6, latitude ("north of here"): must be a number from -90 to 90 (row rejected)',
      `row 7, sub_event_type ("Cyber attack"): "Cyber attack" is not a sub-event type of Explosions/Remote violence in ACLED's codebook (row rejected)`,
    ]);
    expect(out[0]).toBe("acled-synthetic.csv: 6 rows, 4 events, 2 rows rejected, 2 issues");
    expect(out).toContain('  actor "Unidentified Armed Group (India)" (type 3) → unknown by unidentified, 1 event');
    const data = await loadGeodata(dir);
    expect(data.events.map((e) => e.properties.id)).toEqual(["acled-syn1001", "acled-syn1002", "acled-syn1003", "acled-syn1004"]);
  });

  it("writes the row report as CSV when asked", () => {
    const dir = folder();
    const report = path.join(dir, "report.csv");
    run(["--format", "acled", SAMPLE, "--out", path.join(dir, "out.geojson"), "--report", report]);
    expect(readFileSync(report, "utf8").split("\r\n").slice(0, 2)).toEqual([
      "row,column,value,reason,outcome",
      "6,latitude,north of here,must be a number from -90 to 90,row rejected",
    ]);
  });

  it("warns, once per problem, when the folder's manifest does not cover the events", () => {
    const dir = folder();
    const { code, err } = run(["--format", "acled", SAMPLE, "--out", path.join(dir, "events", "acled.geojson")]);
    expect(code).toBe(0);
    expect(err.filter((l) => l.startsWith("warning:"))).toEqual([
      expect.stringMatching(/^warning: properties\.kind on 4 events, e\.g\. .*"artillery_or_missile" is not one of the kinds in dataset\.json/),
    ]);
  });

  it("exits non-zero and writes nothing when no row is valid", () => {
    const dir = folder();
    const input = path.join(dir, "bad.csv");
    writeFileSync(input, acledCsv([makeAcledRow({ latitude: "x" }), makeAcledRow({ event_id_cnty: "B2", event_date: "someday" })]));
    const outFile = path.join(dir, "out.geojson");
    const { code, err } = run(["--format", "acled", input, "--out", outFile]);
    expect(code).toBe(1);
    expect(err.at(-1)).toBe("nothing valid to write; see the report above");
    expect(existsSync(outFile)).toBe(false);
  });

  it("exits non-zero with one message for a file it cannot read as the format given", () => {
    const { code, err } = run(["--format", "geojson", SAMPLE, "--out", "/tmp/never.geojson"]);
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^acled-synthetic\.csv is not valid JSON/)]);
  });

  it("explains its usage for missing or wrong arguments, and prints the default actor mapping", () => {
    expect(run(["--format", "xlsx", SAMPLE, "--out", "x"]).code).toBe(2);
    expect(run([SAMPLE]).err[0]).toMatch(/^usage: npm run import -- --format acled\|csv\|geojson/);
    expect(JSON.parse(run(["--default-mapping"]).out.join("\n")).countries).toEqual({ India: "india", Pakistan: "pakistan" });
  });
});
