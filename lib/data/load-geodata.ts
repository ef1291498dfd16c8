import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { AnyEventFeature } from "../schemas/imported-event";
import type { BoundaryFeature } from "../schemas/boundary";
import type { Dataset } from "../schemas/dataset";
import type { EventDepth } from "../schemas/depth";
import { GeodataError, validateBoundaryFile, validateEventFile, type DataIssue } from "./validate";
import { checkIntegrity, type LocatedEvent } from "./integrity";
import { DATASET_FILE, linesFile, validateDatasetFile } from "./dataset-file";
import { CountryCollectionSchema, type CountryFeature } from "../basemap/schemas";
import { withDepth } from "../geo/depth";
import type { ChangeEntry } from "../schemas/changes";
import { CHANGES_FILE, checkChangeIds, validateChangeLog } from "./changes";

/** An event as served: curated or imported, with its depth computed at load. */
export type LoadedEvent = AnyEventFeature & { properties: { depth: EventDepth } };

export interface Geodata {
  /** The manifest: the dataset's title, period, time zones, view, sides and kinds. */
  dataset: Dataset;
  events: LoadedEvent[];
  boundaries: BoundaryFeature[];
  /** The data's changelog (`changes.json`), in file order. */
  changes: ChangeEntry[];
  /** Short content hash of every geodata file: changes exactly when the data does. */
  version: string;
}

/** Everything a read of the geodata folder found: the parts that are valid, and every problem. */
export interface GeodataInspection {
  /** The manifest, when it is valid. */
  dataset: Dataset | null;
  /** Valid events with the file each came from, in file order; depth not yet computed. */
  located: LocatedEvent[];
  boundaries: BoundaryFeature[];
  changes: ChangeEntry[];
  countries: CountryFeature[];
  issues: DataIssue[];
  version: string;
}

/** The geodata that ships with the app (and is copied into the standalone server at build time). */
export const GEODATA_DIR = path.join(process.cwd(), "geodata");

/**
 * The folder the server reads, chosen when it starts: `GEODATA_DIR` (absolute, or relative to the
 * server's working directory) or the bundled geodata. Swapping the folder and restarting changes the
 * map; nothing is rebuilt.
 */
export function geodataDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.GEODATA_DIR ? path.resolve(env.GEODATA_DIR) : GEODATA_DIR;
}

async function readJson(file: string, issues: DataIssue[]): Promise<{ text: string; json: unknown } | null> {
  const rel = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    issues.push({ file: rel, feature: "-", field: "-", message: `cannot read: ${(e as Error).message}` });
    return null;
  }
  try {
    return { text, json: JSON.parse(text) };
  } catch (e) {
    issues.push({ file: rel, feature: "-", field: "-", message: `not valid JSON: ${(e as Error).message}` });
    return null;
  }
}

function byDateAndTime(a: AnyEventFeature, b: AnyEventFeature): number {
  const ka = `${a.properties.date} ${a.properties.time ?? ""} ${a.properties.id}`;
  const kb = `${b.properties.date} ${b.properties.time ?? ""} ${b.properties.id}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The ids of every feature in a raw collection that has one, valid or not. */
function rawIds(raw: unknown): string[] {
  const features = (raw as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((f) => {
    const id = (f as { properties?: { id?: unknown } } | null)?.properties?.id;
    return typeof id === "string" ? [id] : [];
  });
}

/**
/**
 * Reads and validates every geodata file (`dataset.json`, `events/*.geojson`, the lines file it names,
 * `changes.json`) and keeps going past problems, so a checker can report all of them and still describe
 * the valid part.
 */
export async function inspectGeodata(dir: string = geodataDir()): Promise<GeodataInspection> {
  const issues: DataIssue[] = [];
  const hash = createHash("sha256");
  const manifest = await readJson(path.join(dir, DATASET_FILE), issues);
  const dataset = manifest ? validateDatasetFile(path.relative(process.cwd(), path.join(dir, DATASET_FILE)), manifest.json) : null;
  if (manifest) hash.update(DATASET_FILE).update(manifest.text);
  if (dataset) issues.push(...dataset.issues);
  const eventFiles = await listEventFiles(dir, issues);
  const located: LocatedEvent[] = [];
  const ids = new Set<string>();
  for (const name of eventFiles) {
    const file = path.join(dir, "events", name);
    const read = await readJson(file, issues);
    if (!read) continue;
    hash.update(name).update(read.text);
    const rel = path.relative(process.cwd(), file);
    const result = validateEventFile(rel, read.json);
    issues.push(...result.issues);
    located.push(...result.features.map((feature) => ({ file: rel, feature })));
    rawIds(read.json).forEach((id) => ids.add(id));
  }
  if (dataset?.dataset) issues.push(...checkIntegrity(located, dataset.dataset));

  let boundaries: BoundaryFeature[] = [];
  const boundaryFile = linesFile(dir, dataset?.dataset ?? { lines: "boundaries.geojson" });
  const read = await readJson(boundaryFile, issues);
  if (read) {
    hash.update("boundaries").update(read.text);
    const result = validateBoundaryFile(path.relative(process.cwd(), boundaryFile), read.json);
    issues.push(...result.issues);
    boundaries = result.features;
  }
  const changes = await readChanges(dir, ids, issues, hash);
  const countries = await readCountries(dir, issues);
  return {
    dataset: dataset?.dataset ?? null,
    located,
    boundaries,
    changes,
    countries,
    issues,
    version: hash.digest("hex").slice(0, 16),
  };
}

/**
 * Reads and validates every geodata file and computes each event's depth.
 * Throws a GeodataError listing each file, feature and field at fault; never returns partial data.
 */
export async function loadGeodata(dir: string = geodataDir()): Promise<Geodata> {
  const { dataset, located, boundaries, changes, countries, issues, version } = await inspectGeodata(dir);
  if (issues.length > 0 || !dataset) throw new GeodataError(issues);
  return {
    dataset,
    events: withDepth(located.map((l) => l.feature).sort(byDateAndTime), boundaries, countries),
    boundaries,
    changes,
    version,
  };
}

/** The changelog; a folder without one simply has no recorded changes. */
async function readChanges(dir: string, ids: ReadonlySet<string>, issues: DataIssue[], hash: ReturnType<typeof createHash>) {
  const file = path.join(dir, CHANGES_FILE);
  if (!existsSync(file)) return [];
  const read = await readJson(file, issues);
  if (!read) return [];
  hash.update("changes").update(read.text);
  const rel = path.relative(process.cwd(), file);
  const { changes, issues: found } = validateChangeLog(rel, read.json);
  issues.push(...found, ...checkChangeIds(rel, changes, ids));
  return changes;
}

/** The event files of a folder, by name; none at all is a problem. */
async function listEventFiles(dir: string, issues: DataIssue[]): Promise<string[]> {
  const folder = path.join(dir, "events");
  const names = await readdir(folder).catch(() => null);
  const files = (names ?? []).filter((f) => f.endsWith(".geojson")).sort();
  if (files.length === 0)
    issues.push({ file: path.relative(process.cwd(), folder), feature: "-", field: "-", message: "no .geojson event files" });
  return files;
}

/**
 * Country polygons decide on which side of the line an event lies: the folder's own basemap when it has
 * one, else the bundled basemap (the one the browser draws).
 */
async function readCountries(dir: string, issues: DataIssue[]): Promise<CountryFeature[]> {
  const own = path.join(dir, "basemap", "countries.geojson");
  const file = existsSync(own) ? own : path.join(GEODATA_DIR, "basemap", "countries.geojson");
  const read = await readJson(file, issues);
  if (!read) return [];
  const parsed = CountryCollectionSchema.safeParse(read.json);
  if (parsed.success) return parsed.data.features;
  for (const i of parsed.error.issues)
    issues.push({ file: path.relative(process.cwd(), file), feature: "-", field: i.path.join("."), message: i.message });
  return [];
}

let cached: Promise<Geodata> | undefined;

/** The process-wide geodata, loaded and validated once; a failed load is retried on the next call. */
export function getGeodata(): Promise<Geodata> {
  cached ??= loadGeodata().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
