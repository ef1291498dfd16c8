import type { ImportFormat } from "../schemas/imported-event";

/**
 * The largest file an import accepts: a 100,000-row ACLED export with long notes is about 60 MB, and
 * the browser holds the text, the parsed rows and the events at once.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A file that cannot be imported at all; its message is the one thing the reader is told. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses an empty file or one over the limit, before anything reads it. */
export function checkImportSize(byteLength: number, fileName: string, maxBytes = MAX_IMPORT_BYTES): void {
  if (byteLength > maxBytes)
    throw new ImportFileError(`${fileName} is ${mb(byteLength)}; files up to ${mb(maxBytes)} can be opened.`);
  if (byteLength === 0) throw new ImportFileError(`${fileName} is empty.`);
}

/**
 * The file's text: refuses a file that is too large, binary or not UTF-8 (one clear message each);
 * a byte-order mark is dropped.
 */
export function decodeImportBytes(bytes: Uint8Array, fileName: string, maxBytes = MAX_IMPORT_BYTES): string {
  checkImportSize(bytes.byteLength, fileName, maxBytes);
  // A NUL byte never occurs in UTF-8 text files: this is a spreadsheet, archive or image.
  if (bytes.subarray(0, 65_536).includes(0))
    throw new ImportFileError(`${fileName} is not a text file; open a CSV or GeoJSON file (an .xlsx must be saved as CSV first).`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(`${fileName} is not UTF-8 text; save it as CSV (UTF-8) and open it again.`);
  }
}

/** The first non-blank line, without its line end. */
function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "";
  const end = text.slice(start).search(/\r?\n/);
  return end < 0 ? text.slice(start) : text.slice(start, start + end);
}

/** Columns that only an ACLED export has together. */
const ACLED_MARKERS = ["event_id_cnty", "event_type", "sub_event_type", "geo_precision"];
/** Columns of this project's CSV export. */
const PROJECT_MARKERS = ["id", "date", "kind", "actor", "verification", "lat", "lon"];

/**
 * Which importer reads the text: GeoJSON when it is a JSON object, an ACLED export or this project's
 * CSV by its header. Anything else is refused with one message naming what was expected.
 */
export function detectFormat(text: string, fileName: string): ImportFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return "geojson";
  const header = firstLine(text)
    .split(/[,;\t]/)
    .map((h) => h.trim().replace(/^"|"$/g, "").toLowerCase());
  if (ACLED_MARKERS.every((m) => header.includes(m))) return "acled";
  if (PROJECT_MARKERS.every((m) => header.includes(m))) return "csv";
  throw new ImportFileError(
    `${fileName} is neither GeoJSON nor a CSV this map reads: a CSV needs ACLED's columns (event_id_cnty, event_date, ` +
      `event_type, …) or this map's export columns (id, date, kind, actor, …) in its first line.`,
  );
}
