import Papa from "papaparse";
import type { RowIssue } from "../schemas/import";
import { ImportFileError } from "./read-file";

/** One data record: its row as a spreadsheet numbers it (header = row 1) and a cell reader by column name. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** Column names as the file writes them, trimmed. */
  header: string[];
  /** Index of each column by its lower-case name. */
  index: ReadonlyMap<string, number>;
  records: CsvRecord[];
  /** Rows the reader could not split into the header's columns; they are not in `records`. */
  issues: RowIssue[];
}

/** Parsed in slices of this many characters, so progress can be reported and the reader stays responsive. */
const CHUNK_CHARS = 1 << 20;

/**
 * The delimiter, from the header line alone: a comma unless the header has none and uses semicolons or
 * tabs (as some spreadsheet locales save CSV). Guessing from data rows misleads when cells hold ";".
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  return header.includes("\t") ? "\t" : ",";
}

/** The value of `column` in a record, "" when the column is absent. */
export function cell(table: Pick<CsvHeader, "index">, record: CsvRecord, column: string): string {
  const i = table.index.get(column);
  return i === undefined ? "" : (record.cells[i] ?? "");
}

/** The header of a CSV: its column names (trimmed) and each column's position by lower-case name. */
export type CsvHeader = Pick<CsvTable, "header" | "index">;

function readHeader(cells: string[]): CsvHeader {
  const header = cells.map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.toLowerCase();
    if (key === "") throw new ImportFileError(`Column ${i + 1} of the header has no name.`);
    if (index.has(key)) throw new ImportFileError(`The header names the column "${h}" twice.`);
    index.set(key, i);
  });
  return { header, index };
}

const isBlank = (cells: string[]) => cells.length === 1 && cells[0]!.trim() === "";

/**
 * Streams CSV text through papaparse (RFC 4180 quoting, CRLF or LF, a quoted field may span lines):
 * `onHeader` gets the header and returns where the records go; each record is handed over as soon as
 * its slice is parsed, so rows become events without the whole table ever being held. Blank lines are
 * skipped but still counted, so row numbers match a spreadsheet. A row whose quotes are broken or whose
 * cell count differs from the header is returned as an issue, never handed over. Throws ImportFileError
 * for a missing or broken header (or whatever `onHeader` throws).
 */
export function streamCsv(
  text: string,
  onHeader: (header: CsvHeader) => (record: CsvRecord) => void,
  onProgress?: (fraction: number) => void,
): { issues: RowIssue[]; records: number } {
  const issues: RowIssue[] = [];
  let header: CsvHeader | undefined;
  let sink: ((record: CsvRecord) => void) | undefined;
  let seen = 0;
  let records = 0;
  // Synchronous for a string even in chunk mode (papaparse's string streamer); the typings only promise
  // chunks for files, hence `complete`, which selects that overload.
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    chunkSize: CHUNK_CHARS,
    complete: () => undefined,
    chunk: (result: Papa.ParseResult<string[]>) => {
      const broken = new Map<number, string>();
      for (const e of result.errors) if (e.row !== undefined && !broken.has(e.row)) broken.set(e.row, e.message);
      result.data.forEach((cells, i) => {
        const row = ++seen;
        const problem = broken.get(i);
        if (!header) {
          if (isBlank(cells) && !problem) return;
          header = readHeader(cells);
          sink = onHeader(header);
          return;
        }
        if (problem) {
          // papaparse reads on to the next quote, so the lines up to it are swallowed into this record: say so.
          const reason = `cannot be read: ${problem.toLowerCase()}; a quote is not closed or not doubled, so the lines after it up to the next quote belong to this row`;
          issues.push({ row, column: "-", reason, outcome: "row rejected" });
        } else if (isBlank(cells)) return;
        else if (cells.length !== header.header.length)
          issues.push({ row, column: "-", reason: `has ${cells.length} cells; the header has ${header.header.length} columns`, outcome: "row rejected" });
        else {
          records++;
          sink!({ row, cells });
        }
      });
      onProgress?.(Math.min(1, result.meta.cursor / Math.max(1, text.length)));
    },
  });
  if (!header) throw new ImportFileError("The file has no header row.");
  return { issues, records };
}

/** The whole table at once (for small files and tests); imports stream with streamCsv instead. */
export function parseCsvTable(text: string, onProgress?: (fraction: number) => void): CsvTable {
  const records: CsvRecord[] = [];
  let head: CsvHeader = { header: [], index: new Map() };
  const { issues } = streamCsv(
    text,
    (h) => {
      head = h;
      return (r) => records.push(r);
    },
    onProgress,
  );
  return { ...head, records, issues };
}

/** The columns of `required` the table lacks, for one message naming all of them. */
export function missingColumns(table: Pick<CsvTable, "index">, required: readonly string[]): string[] {
  return required.filter((c) => !table.index.has(c));
}
