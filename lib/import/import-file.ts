import * as turf from "@turf/turf";
import type { ImportFormat, ImportedEventFeature } from "../schemas/imported-event";
import type { ImportSummary, RowIssue } from "../schemas/import";
import { ACLED_REQUIRED_COLUMNS } from "./acled-mapping";
import { acledMapper, type AcledOptions, type RowMapper } from "./acled-rows";
import { missingColumns, streamCsv } from "./csv-table";
import { geojsonEvents } from "./geojson-features";
import { PROJECT_CSV_REQUIRED, projectCsvMapper } from "./project-csv-rows";
import { ImportFileError, decodeImportBytes, detectFormat } from "./read-file";
import { ACTORS, EVENT_KINDS } from "../schemas/values";

/** Where an import is: `parsing` reads the rows (or features) and turns each into an event as it goes. */
export interface ImportProgress {
  phase: "parsing";
  /** 0…1 of the text read. */
  fraction: number;
}

export interface ImportOptions extends Omit<AcledOptions, "fileName"> {
  /** The file's name as the user chose it (shown in the report and on every event). */
  fileName: string;
  /** The format, when the user chose it; detected from the content otherwise. */
  format?: ImportFormat;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Called with the events in row order, a batch at a time as they are made, so a caller can pass them on
   * while the rest of the file is still being read; the result holds them all as well.
   */
  onEvents?: (batch: ImportedEventFeature[]) => void;
  /**
   * false: ACLED rows are built to the imported-data profile without its per-event check, which the
   * caller then runs with verifyImported (the worker does so after the events are on the map).
   */
  verify?: boolean;
}

export interface ImportResult {
  /** True when every event has passed the imported-data profile's check; false: run verifyImported. */
  verified: boolean;
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
  const lists = { kinds: EVENT_KINDS.filter((k) => kinds.has(k)), sides: ACTORS.filter((a) => sides.has(a)) };
  if (events.length === 0) return { ...base, ...lists };
  let [first, last] = [events[0]!.properties.date, events[0]!.properties.date];
  for (const { properties: p } of events) {
    if (p.date < first) first = p.date;
    if (p.date > last) last = p.date;
  }
  const bounds = turf.bbox({ type: "FeatureCollection", features: events }) as [number, number, number, number];
  return { ...base, ...lists, period: { first, last }, bounds };
}

/** Events per onEvents batch: large enough that each costs little, small enough to be read while the next is made. */
const EVENT_BATCH = 5_000;
/** How often (in records) the mapper's events are looked at for a full batch. */
const BATCH_CHECK = 500;

/** Hands on the events made since the last batch: every full batch, and at the end whatever is left. */
function batcher(onEvents: ImportOptions["onEvents"]) {
  let sent = 0;
  return (events: ImportedEventFeature[], last = false) => {
    if (!onEvents) return;
    for (; events.length - sent >= EVENT_BATCH; sent += EVENT_BATCH) onEvents(events.slice(sent, sent + EVENT_BATCH));
    if (last && events.length > sent) onEvents(events.slice(sent));
    sent = last ? events.length : sent;
  };
}

/**
 * Reads an opened or imported file's text into events of the imported-data profile, with a report of
 * every row that was rejected or loaded without a value. Throws ImportFileError (one message) when the
 * file as a whole cannot be read: not CSV or GeoJSON, or a CSV without the columns its format needs.
 */
export function importText(raw: string, options: ImportOptions): ImportResult {
  const { fileName, onProgress } = options;
  const batch = batcher(options.onEvents);
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const format = options.format ?? detectFormat(text, fileName);
  const parsing = (fraction: number) => onProgress?.({ phase: "parsing", fraction });
  if (format === "geojson") {
    parsing(0);
    const { events, issues, rows } = geojsonEvents(text, fileName, parsing);
    batch(events, true);
    return { verified: true, events, report: issues, summary: summarise(format, fileName, rows, events, issues) };
  }
  let mapper: RowMapper | undefined;
  let records = 0;
  const read = streamCsv(
    text,
    (header) => {
      const missing = missingColumns(header, format === "acled" ? ACLED_REQUIRED_COLUMNS : PROJECT_CSV_REQUIRED);
      if (missing.length > 0)
        throw new ImportFileError(`${fileName} is not ${FORMAT_NAME[format]}: it lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`);
      mapper = format === "acled" ? acledMapper(header, { ...options, fileName }) : projectCsvMapper(header, fileName);
      return (record) => {
        mapper!.add(record);
        if (++records % BATCH_CHECK === 0) batch(mapper!.result().events);
      };
    },
    parsing,
  );
  const mapped = mapper!.result();
  batch(mapped.events, true);
  const report = [...read.issues, ...mapped.issues].sort((a, b) => a.row - b.row);
  const rows = read.records + new Set(read.issues.map((i) => i.row)).size;
  const verified = format !== "acled" || options.verify !== false;
  return { verified, events: mapped.events, report, summary: summarise(format, fileName, rows, mapped.events, report) };
}

/** importText for the file's bytes: refuses files that are too large, binary or not UTF-8 first. */
export function importBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importText(decodeImportBytes(bytes, options.fileName), options);
}
