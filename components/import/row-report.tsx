"use client";
import { reportHeadline, type LocalData } from "@/lib/import/local-data";
import { rowReportToCsv } from "@/lib/import/row-report";
import { download } from "@/lib/export/snapshot";

/** Rows drawn in the table; a file with more problems lists them all in the downloaded CSV. */
const ROWS_SHOWN = 500;

/** The file's name without its extension, safe for a download name. */
const stem = (file: string) => file.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "-").slice(0, 80) || "file";

/**
 * What became of every row: the counts, then each rejected row and dropped value with its row number
 * (as a spreadsheet numbers it), column and reason. File text is rendered as React text only.
 */
export function RowReport({ data }: { data: LocalData }) {
  const { report, summary } = data;
  return (
    <section aria-labelledby="row-report-title" data-testid="row-report">
      <h3 id="row-report-title" className="font-semibold">{data.file}</h3>
      <p data-testid="row-report-summary" className="mb-2">
        {reportHeadline(summary, report)}
        {summary.period && summary.period.first !== summary.period.last ? ` (${summary.period.first} to ${summary.period.last})` : ""}.
      </p>
      {report.length > 0 && (
        <>
          <div className="max-h-56 overflow-auto rounded border border-zinc-300">
            <table className="w-full text-left text-xs">
              <caption className="sr-only">Rows rejected and values dropped</caption>
              <thead className="sticky top-0 bg-zinc-100">
                <tr>
                  <th scope="col" className="px-2 py-1">Row</th>
                  <th scope="col" className="px-2 py-1">Column</th>
                  <th scope="col" className="px-2 py-1">Value</th>
                  <th scope="col" className="px-2 py-1">Reason</th>
                  <th scope="col" className="px-2 py-1">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {report.slice(0, ROWS_SHOWN).map((issue, i) => (
                  <tr key={i} className="border-t border-zinc-200 align-top">
                    <td className="px-2 py-1 tabular-nums">{issue.row}</td>
                    <td className="px-2 py-1">{issue.column}</td>
                    <td className="max-w-40 truncate px-2 py-1 font-mono" title={issue.value}>{issue.value}</td>
                    <td className="px-2 py-1">{issue.reason}</td>
                    <td className="px-2 py-1 whitespace-nowrap">{issue.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.length > ROWS_SHOWN && <p className="mt-1 text-xs">The first {ROWS_SHOWN} of {report.length.toLocaleString("en-GB")} are listed; the CSV has them all.</p>}
          <button
            type="button"
            onClick={() => download(new Blob([rowReportToCsv(report)], { type: "text/csv" }), `${stem(data.file)}-row-report.csv`)}
            className="mt-2 rounded border border-zinc-400 px-2 py-1"
          >
            Download the row report (CSV)
          </button>
        </>
      )}
    </section>
  );
}
