import { HttpLinkSchema, ImportedEventPropertiesSchema, ImportMarkerSchema, type ImportedEventFeature } from "../schemas/imported-event";
import type { RowIssue } from "../schemas/import";
import { finishEvent, shown, type DraftEvent } from "./finish-event";
import { ImportFileError } from "./read-file";
import { uniqueIds } from "./row-values";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Property names the event schema knows; anything else is kept verbatim in `imported.extra`. */
const KNOWN = new Set(Object.keys(ImportedEventPropertiesSchema.shape));

/** The features of a GeoJSON text, or one message saying why it is not an events file. */
function featuresOf(text: string, fileName: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportFileError(`${fileName} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features))
    throw new ImportFileError(`${fileName} is JSON but not a GeoJSON FeatureCollection of events.`);
  return json.features;
}

/** Sources whose link is not http(s) lose the link (reported), never the source. */
function cleanSources(raw: unknown, row: number, dropped: RowIssue[]): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((s, j) => {
    if (!isObject(s) || s.url === undefined || HttpLinkSchema.safeParse(s.url).success) return s;
    const { url, ...rest } = s;
    dropped.push({ row, column: `sources[${j}].url`, value: shown(url), reason: "is not an http(s) link; the source is kept without it", outcome: "value dropped" });
    return rest;
  });
}

/** One feature as a draft event: the file's fields as they are, a fresh mark, depth left to be computed. */
function draftOf(raw: unknown, row: number, fileName: string): { draft: DraftEvent; dropped: RowIssue[] } | { rejected: RowIssue[] } {
  if (!isObject(raw) || raw.type !== "Feature" || !isObject(raw.properties))
    return { rejected: [{ row, column: "-", reason: "is not a GeoJSON Feature with properties", outcome: "row rejected" }] };
  const dropped: RowIssue[] = [];
  const { depth: _computed, imported: earlier, ...props } = raw.properties;
  const previous = ImportMarkerSchema.partial().safeParse(earlier);
  const extra: Record<string, string> = { ...(previous.success ? previous.data.extra : {}) };
  for (const key of Object.keys(props))
    if (!KNOWN.has(key)) {
      const value = props[key];
      extra[key] = typeof value === "string" ? value : JSON.stringify(value);
      delete props[key];
    }
  const marker = {
    format: "geojson" as const,
    file: fileName,
    row,
    ...(previous.success && previous.data.citation && { citation: previous.data.citation }),
    ...(Object.keys(extra).length > 0 && { extra }),
  };
  const properties = { ...props, sources: cleanSources(props.sources, row, dropped), imported: marker };
  return { draft: { type: "Feature", geometry: raw.geometry, properties } as DraftEvent, dropped };
}

/**
 * Every feature of a GeoJSON file in this map's event format as an imported event; `row` is the
 * feature's number from 1, and a field at fault is named by its path (e.g. properties.date).
 */
export function geojsonEvents(
  text: string,
  fileName: string,
  onProgress?: (fraction: number) => void,
): { events: ImportedEventFeature[]; issues: RowIssue[]; rows: number } {
  const features = featuresOf(text, fileName);
  const events: ImportedEventFeature[] = [];
  const issues: RowIssue[] = [];
  const ids = uniqueIds("properties.id");
  features.forEach((raw, i) => {
    if (i % 2000 === 0) onProgress?.(i / features.length);
    const row = i + 1;
    const read = draftOf(raw, row, fileName);
    if ("rejected" in read) return void issues.push(...read.rejected);
    const id = read.draft.properties.id;
    const duplicate = typeof id === "string" ? ids.check(id, row) : null;
    if (duplicate) return void issues.push(duplicate);
    issues.push(...read.dropped);
    const done = finishEvent(read.draft, row, (path) => path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("").slice(1));
    if ("event" in done) events.push(done.event);
    else issues.push(...done.issues);
  });
  onProgress?.(1);
  return { events, issues, rows: features.length };
}
