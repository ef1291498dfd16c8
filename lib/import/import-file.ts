import * as turf from "@turf/turf";
import { EventKindSchema } from "../schemas/event";
import { ActorSchema } from "../schemas/parties";
import type { ImportFormat, ImportedEventFeature } from "../schemas/imported-event";
import type { ImportSummary, RowIssue } from "../schemas/import";
import { ACLED_REQUIRED_COLUMNS } from "./acled-mapping";
import { acledEvents, type AcledOptions } from "./acled-rows";
import { missingColumns, parseCsvTable } from "./csv-table";
import { geojsonEvents } from "./geojson-features";
import { PROJECT_CSV_REQUIRED, projectCsvEvents } from "./project-csv-rows";
import { ImportFileError, decodeImportBytes, detectFormat } from "./read-file";

/** Where an import is: `parsing` splits the text into rows, `mapping` turns rows into checked events. */
export interface ImportProgress {
  phase: "parsing" | "mapping";
  /** 0…1 within the phase. */
  fraction: number;
}

export interface ImportOptions extends Omit<AcledOptions, "fileName"> {
  /** The file's name as the user chose it (shown in the report and on every event). */
  fileName: string;
  /** The format, when the user chose it; detected from the content otherwise. */
  format?: ImportFormat;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  events: ImportedEventFeature[];
  /** Every rejected row and every dropped value, by row. */
  report: RowIssue[];
  summary: ImportSummary;
}

const FORMAT_NAME: Record<ImportFormat, string> = { acled: "an ACLED export", csv: "a CSV in this map's export format", geojson: "GeoJSON" };

function summarise(format: ImportFormat, file: string, rows: number, events: ImportedEventFeature[], report: RowIssue[]): ImportSummary {
  const rejected = new Set(report.filter((r) => r.outcome === "row rejected").map((r) => r.row)).size;
  const base = { format, file, rows, accepted: events.length, rejected };
  const kinds = new Set(events.map((e) => e.properties.kind));
  const sides = new Set(events.map((e) => e.properties.actor));
  const lists = { kinds: EventKindSchema.options.filter((k) => kinds.has(k)), sides: ActorSchema.options.filter((a) => sides.has(a)) };
  if (events.length === 0) return { ...base, ...lists };
  let [first, last] = [events[0]!.properties.date, events[0]!.properties.date];
  for (const { properties: p } of events) {
    if (p.date < first) first = p.date;
    if (p.date > last) last = p.date;
  }
  const bounds = turf.bbox({ type: "FeatureCollection", features: events }) as [number, number, number, number];
  return { ...base, ...lists, period: { first, last }, bounds };
}

/**
 * Reads an opened or imported file's text into events of the imported-data profile, with a report of
 * every row that was rejected or loaded without a value. Throws ImportFileError (one message) when the
 * file as a whole cannot be read: not CSV or GeoJSON, or a CSV without the columns its format needs.
 */
export function importText(raw: string, options: ImportOptions): ImportResult {
  const { fileName, onProgress } = options;
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const format = options.format ?? detectFormat(text, fileName);
  const mapping = (fraction: number) => onProgress?.({ phase: "mapping", fraction });
  if (format === "geojson") {
    onProgress?.({ phase: "parsing", fraction: 0 });
    const { events, issues, rows } = geojsonEvents(text, fileName, mapping);
    return { events, report: issues, summary: summarise(format, fileName, rows, events, issues) };
  }
  const table = parseCsvTable(text, (fraction) => onProgress?.({ phase: "parsing", fraction }));
  const required = format === "acled" ? ACLED_REQUIRED_COLUMNS : PROJECT_CSV_REQUIRED;
  const missing = missingColumns(table, required);
  if (missing.length > 0)
    throw new ImportFileError(`${fileName} is not ${FORMAT_NAME[format]}: it lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`);
  const mapped = format === "acled" ? acledEvents(table, { ...options, fileName }, mapping) : projectCsvEvents(table, fileName, mapping);
  const report = [...table.issues, ...mapped.issues].sort((a, b) => a.row - b.row);
  const rows = table.records.length + new Set(table.issues.map((i) => i.row)).size;
  return { events: mapped.events, report, summary: summarise(format, fileName, rows, mapped.events, report) };
}

/** importText for the file's bytes: refuses files that are too large, binary or not UTF-8 first. */
export function importBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importText(decodeImportBytes(bytes, options.fileName), options);
}
