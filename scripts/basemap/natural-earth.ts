/**
 * Reads the Natural Earth 4.0 layers the basemap needs from a local copy, so the build never downloads
 * anything. Give the folder with `--natural-earth <dir>` or the NATURAL_EARTH_DIR variable; each layer is
 * found as `<name>.json`, or as `<name>.7z` (opened with 7-Zip's `7z`), directly in that folder or under
 * `10m/physical/` or `10m/cultural/` as in the CC0 repository martynafford/natural-earth-geojson on GitHub.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";

export const NATURAL_EARTH_LAYERS = {
  rivers: "ne_10m_rivers_lake_centerlines",
  lakes: "ne_10m_lakes",
  disputed: "ne_10m_admin_0_disputed_areas",
  admin1Labels: "ne_10m_admin_1_label_points",
} as const;
export type NaturalEarthLayer = keyof typeof NATURAL_EARTH_LAYERS;

export type NaturalEarthFeature = Feature<Geometry | null, Record<string, unknown>>;

const HOW_TO_GET = [
  "Natural Earth 4.0 (public domain) is read from a local folder. To get one:",
  "  1. a copy of the GitHub repository martynafford/natural-earth-geojson (CC0), e.g. git clone;",
  "  2. in it, `7z x 10m/physical/ne_10m_rivers_lake_centerlines.7z` and the same for",
  "     10m/physical/ne_10m_lakes.7z and 10m/cultural/ne_10m_admin_1_label_points.7z",
  "     (10m/cultural/ne_10m_admin_0_disputed_areas.json is stored unpacked); unpacking is optional",
  "     when `7z` (Debian: p7zip-full) is installed;",
  "  3. run `NATURAL_EARTH_DIR=<that folder> npm run build:basemap`.",
].join("\n");

/** The folder named by `--natural-earth <dir>` or NATURAL_EARTH_DIR; fails with how to get one. */
export function naturalEarthDir(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.indexOf("--natural-earth");
  const dir = flag >= 0 ? argv[flag + 1] : env.NATURAL_EARTH_DIR;
  if (!dir) throw new Error(`No Natural Earth folder given.\n${HOW_TO_GET}`);
  if (!existsSync(dir)) throw new Error(`Natural Earth folder ${dir} does not exist.\n${HOW_TO_GET}`);
  return dir;
}

function candidates(dir: string, name: string): string[] {
  const folders = [dir, path.join(dir, "10m/physical"), path.join(dir, "10m/cultural")];
  return folders.flatMap((f) => [path.join(f, `${name}.json`), path.join(f, `${name}.geojson`), path.join(f, `${name}.7z`)]);
}

/** One Natural Earth layer as GeoJSON features; a `.7z` is unpacked to memory with `7z x -so`. */
export function readNaturalEarth(dir: string, layer: NaturalEarthLayer): NaturalEarthFeature[] {
  const name = NATURAL_EARTH_LAYERS[layer];
  const file = candidates(dir, name).find((f) => existsSync(f));
  if (!file) throw new Error(`${name}: not found in ${dir}.\n${HOW_TO_GET}`);
  const text = file.endsWith(".7z")
    ? execFileSync("7z", ["x", "-so", file], { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" })
    : readFileSync(file, "utf8");
  const collection = JSON.parse(text) as FeatureCollection<Geometry | null, Record<string, unknown>>;
  if (collection.type !== "FeatureCollection" || !Array.isArray(collection.features))
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  return collection.features;
}

/** A string property of a Natural Earth feature, or a clear error naming the layer, feature and field. */
export function neString(layer: NaturalEarthLayer, feature: NaturalEarthFeature, field: string): string {
  const value = feature.properties?.[field];
  if (typeof value !== "string") throw new Error(`${NATURAL_EARTH_LAYERS[layer]}: feature has no string ${field}`);
  return value;
}
