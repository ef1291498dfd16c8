import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GEODATA_DIR, loadGeodata } from "../data/load-geodata";
import { GeodataError, type DataIssue } from "../data/validate";

const boundaries = readFileSync(path.join(GEODATA_DIR, "boundaries.geojson"), "utf8");
const countries = readFileSync(path.join(GEODATA_DIR, "basemap", "countries.geojson"), "utf8");
const manifest = readFileSync(path.join(GEODATA_DIR, "dataset.json"), "utf8");

export const featureCollection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

/**
 * A geodata folder with the real manifest, boundaries and countries, the given event files and, when given,
 * a changelog; for loader tests that must not depend on the shipped events.
 */
export function geodataFixture(events: Record<string, unknown>, changes?: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "geodata-"));
  mkdirSync(path.join(dir, "events"));
  mkdirSync(path.join(dir, "basemap"));
  writeFileSync(path.join(dir, "boundaries.geojson"), boundaries);
  writeFileSync(path.join(dir, "dataset.json"), manifest);
  writeFileSync(path.join(dir, "basemap", "countries.geojson"), countries);
  for (const [name, content] of Object.entries(events))
    writeFileSync(path.join(dir, "events", name), typeof content === "string" ? content : JSON.stringify(content));
  if (changes !== undefined)
    writeFileSync(path.join(dir, "changes.json"), typeof changes === "string" ? changes : JSON.stringify(changes));
  return dir;
}

/** Every issue the loader reports for the folder, with file names reduced to their base name; [] when it loads. */
export async function loaderIssues(dir: string): Promise<DataIssue[]> {
  try {
    await loadGeodata(dir);
    return [];
  } catch (e) {
    if (!(e instanceof GeodataError)) throw e;
    return e.issues.map((i) => ({ ...i, file: path.basename(i.file) }));
  }
}
