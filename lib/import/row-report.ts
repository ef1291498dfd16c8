import type { RowIssue } from "../schemas/import";
import { csvRow } from "../export/csv";

export const ROW_REPORT_COLUMNS = ["row", "column", "value", "reason", "outcome"] as const;

/** The report as CSV (RFC 4180, CRLF), formula-like cells neutralised: values come from an untrusted file. */
export function rowReportToCsv(report: readonly RowIssue[]): string {
  const rows = report.map((i) => csvRow([i.row, i.column, i.value, i.reason, i.outcome]));
  return [csvRow([...ROW_REPORT_COLUMNS]), ...rows].join("\r\n") + "\r\n";
}

/** One line of the report for a terminal: `row 12, latitude ("91.5"): must be … (row rejected)`. */
export function formatRowIssue(i: RowIssue): string {
  const value = i.value === undefined ? "" : ` (${JSON.stringify(i.value)})`;
  return `row ${i.row}, ${i.column}${value}: ${i.reason} (${i.outcome})`;
}
