import type { EventFeature } from "../schemas/event";
import type { ImportFormat, ImportedEventFeature } from "../schemas/imported-event";
import type { ImportSummary, RowIssue } from "../schemas/import";
import type { Timeline } from "../schemas/api";
import type { ActorMapping } from "./acled-actors";
import { buildTimeline } from "../events/build-timeline";
import { formatDayRange } from "../time";

/** A file opened in this browser and shown instead of the built-in data; it never leaves the computer. */
export interface LocalData {
  file: string;
  format: ImportFormat;
  /** Events as loaded (imported-data profile), the row report and the summary the dialog shows. */
  imported: ImportedEventFeature[];
  report: RowIssue[];
  summary: ImportSummary;
  /** The actor → side mapping the file was opened with (ACLED). */
  mapping: ActorMapping;
  /** True once depth has been measured for the events in range (after they are on the map). */
  depthMeasured?: boolean;
}

/** A local file as pages and exports name it. */
export interface LocalFileRef {
  file: string;
  events: number;
}

/** The name and event count of the file shown. */
export function fileRef(local: LocalData): LocalFileRef {
  return { file: local.file, events: local.imported.length };
}

/** What a local file is called wherever the page or an export names it: `acled.csv (9,812 events)`. */
export function localFileLabel(local: LocalFileRef): string {
  const n = local.events;
  return `${local.file} (${n.toLocaleString("en-GB")} ${n === 1 ? "event" : "events"})`;
}

/**
 * The page's title while a local file is shown: the file's name and its own period. The built-in
 * dataset's title would claim the map shows that data, over events from another place and time.
 */
export function localTitle(summary: Pick<ImportSummary, "file" | "period">): string {
  const period = summary.period ? ` · ${formatDayRange(summary.period.first, summary.period.last)}` : "";
  return `${summary.file}${period} (opened from this computer)`;
}

/** The sentence every export and the banner carry while a local file is shown. */
export function localFileNote(local: LocalFileRef): string {
  return `Showing ${localFileLabel(local)}, loaded from this computer — a link to this page cannot carry it`;
}

/**
 * Imported events as the shared machinery (filters, map, timeline, list, exports) takes them. Those
 * read only the fields both profiles have; the details panel and the CSV export check `imported` and
 * render the relaxed fields (sources without links, no verification basis) as such.
 */
export function asSharedEvents(events: readonly ImportedEventFeature[]): EventFeature[] {
  return events as unknown as EventFeature[];
}

/**
 * Above this many events a file opens on its first day rather than all days at once: every event is a
 * symbol with its own collision box, and MapLibre 6.17's symbol placement fails past ~64k icons in one
 * tile (docs/benchmarks.md), so all days of a 100,000-row export would never finish drawing.
 */
export const ALL_DAYS_LIMIT = 5_000;

/** The day a file opens on: none (all days) for a small file, its first day for a large one. */
export function openingDay(local: Pick<LocalData, "imported" | "summary">): string | undefined {
  return local.imported.length > ALL_DAYS_LIMIT ? local.summary.period?.first : undefined;
}

/** One entry per day from the first event to the last, as /api/timeline serves for the built-in data. */
export function localTimeline(events: readonly ImportedEventFeature[], summary: ImportSummary): Timeline {
  if (!summary.period) return { days: [] };
  return buildTimeline(events, summary.period.first, summary.period.last);
}

/** "9,812 events loaded, 14 rows rejected, 3 values dropped": the one-line summary of an opened file. */
export function reportHeadline(summary: ImportSummary, report: readonly RowIssue[]): string {
  const n = (count: number, one: string, many: string) => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
  const dropped = report.filter((r) => r.outcome === "value dropped").length;
  return `${n(summary.accepted, "event", "events")} loaded, ${n(summary.rejected, "row", "rows")} rejected, ${n(dropped, "value", "values")} dropped`;
}

/**
 * The data after the worker's late profile check: events whose rows failed it are removed and the
 * rows join the report, so nothing leaves the map silently.
 */
export function withoutFailedRows(local: LocalData, issues: readonly RowIssue[]): LocalData {
  if (issues.length === 0) return local;
  const failed = new Set(issues.map((i) => i.row));
  const imported = local.imported.filter((e) => !failed.has(e.properties.imported.row));
  const report = [...local.report, ...issues].sort((a, b) => a.row - b.row);
  const rejected = new Set(report.filter((r) => r.outcome === "row rejected").map((r) => r.row)).size;
  return { ...local, imported, report, summary: { ...local.summary, accepted: imported.length, rejected } };
}
