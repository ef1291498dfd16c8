import type { z } from "zod";
import { DatePrecisionSchema, EventKindSchema, PrecisionSchema, VerificationStatusSchema } from "../schemas/event";
import { ActorSchema, AdministratorSchema, AttributionSchema } from "../schemas/parties";
import { HttpLinkSchema, type ImportedEventFeature, type ImportedSource } from "../schemas/imported-event";
import type { RowIssue } from "../schemas/import";
import { cell, type CsvHeader, type CsvRecord } from "./csv-table";
import type { RowMapper } from "./acled-rows";
import { finishEvent, shown, type DraftEvent } from "./finish-event";
import { own, parseCoordinate, uniqueIds } from "./row-values";

/** Columns of this map's CSV export that an event cannot do without. */
export const PROJECT_CSV_REQUIRED = [
  "id", "date", "kind", "actor", "attribution", "place", "administered_by", "precision",
  "verification", "verification_basis", "lat", "lon", "title", "summary", "sources",
] as const;

/** Columns read when present (newer exports add the casualty and stated-target-source columns). */
export const PROJECT_CSV_OPTIONAL = [
  "time", "date_precision", "source_label", "stated_target", "stated_target_by", "stated_target_source", "contested",
  "district", "province",
] as const;

/** Casualty columns: checked and kept verbatim on the event (the export summarises reports; it does not list them). */
export const PROJECT_CSV_CASUALTY = ["killed_low", "killed_high", "injured_low", "injured_high", "casualty_reports"] as const;

/**
 * Computed by the map when it loads (depth from the lines), or a fact about the export rather than the
 * event (the boundary view it was drawn in), so never read back from a file.
 */
export const PROJECT_CSV_COMPUTED = ["distance_to_line_km", "nearest_line", "side", "boundary_view"] as const;

const READ = new Set<string>([...PROJECT_CSV_REQUIRED, ...PROJECT_CSV_OPTIONAL, ...PROJECT_CSV_COMPUTED]);
/** " | " joins list cells in the export. */
const LIST = /\s+\|\s+/;

/** A cell the export neutralised for spreadsheets ('=…) read back as written. */
function unneutralised(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const COLUMN_OF_FIELD: Record<string, string> = {
  datePrecision: "date_precision", sourceLabel: "source_label", basis: "verification_basis", status: "verification",
};
const STATED_TARGET_COLUMN: Record<string, string> = { value: "stated_target", statedBy: "stated_target_by", source: "stated_target_source" };

/** An event field path as the export's column. */
function projectColumn(path: readonly PropertyKey[]): string {
  if (path[0] === "geometry") return "lat/lon";
  const names = path.slice(1).filter((k): k is string => typeof k === "string");
  if (names[0] === "statedTarget") return own(STATED_TARGET_COLUMN, names[1] ?? "") ?? "stated_target";
  if (names[0] === "place") return own({ name: "place", administeredBy: "administered_by" }, names[1] ?? "") ?? names[1] ?? "place";
  const last = names.at(-1) ?? "-";
  return own(COLUMN_OF_FIELD, last) ?? last;
}

/** One exported row as a draft event, or every problem that rejects it. */
function projectRow(table: CsvHeader, record: CsvRecord, fileName: string): { draft: DraftEvent; dropped: RowIssue[] } | { rejected: RowIssue[] } {
  const get = (column: string) => unneutralised(cell(table, record, column).trim());
  const rejected: RowIssue[] = [];
  const dropped: RowIssue[] = [];
  const issue = (list: RowIssue[], column: string, reason: string, value = get(column)) =>
    list.push({ row: record.row, column, value: shown(value), reason, outcome: list === rejected ? "row rejected" : "value dropped" });
  const oneOf = <T extends string>(schema: z.ZodEnum<Record<string, T>>, column: string, optional = false): T | undefined => {
    const v = get(column);
    if (optional && v === "") return undefined;
    const r = schema.safeParse(v);
    if (!r.success) issue(rejected, column, `must be one of ${schema.options.join(", ")}`);
    return r.success ? r.data : undefined;
  };
  const [kind, actor, attribution, precision, status, administeredBy] = [
    oneOf(EventKindSchema, "kind"), oneOf(ActorSchema, "actor"), oneOf(AttributionSchema, "attribution"),
    oneOf(PrecisionSchema, "precision"), oneOf(VerificationStatusSchema, "verification"), oneOf(AdministratorSchema, "administered_by"),
  ];
  const datePrecision = oneOf(DatePrecisionSchema, "date_precision", true);
  const lat = parseCoordinate(get("lat"), 90);
  if (lat === null) issue(rejected, "lat", "must be a number from -90 to 90");
  const lon = parseCoordinate(get("lon"), 180);
  if (lon === null) issue(rejected, "lon", "must be a number from -180 to 180");
  const sources: ImportedSource[] = [];
  for (const url of get("sources").split(LIST).filter((s) => s !== "")) {
    const link = HttpLinkSchema.safeParse(url);
    if (link.success) sources.push({ publisher: new URL(link.data).hostname, url: link.data });
    else issue(dropped, "sources", "is not an http(s) link; the event is loaded without it", url);
  }
  for (const column of PROJECT_CSV_CASUALTY.slice(0, 4))
    if (get(column) !== "" && !/^\d+$/.test(get(column))) issue(dropped, column, "is not a whole number; it is not kept");
  if (rejected.length > 0 || !kind || !actor || !attribution || !precision || !status || !administeredBy || lat === null || lon === null)
    return { rejected };
  const extra = Object.fromEntries(
    table.header.flatMap((h) => {
      const key = h.toLowerCase();
      const value = get(key);
      const bad = dropped.some((d) => d.column === key);
      return value !== "" && !READ.has(key) && !bad ? [[key, value]] : [];
    }),
  );
  const optional = (column: string) => (get(column) !== "" ? get(column) : undefined);
  const statedTarget = optional("stated_target");
  const draft: DraftEvent = {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: {
      id: get("id"),
      date: get("date"),
      ...(datePrecision && { datePrecision }),
      ...(optional("time") && { time: get("time") }),
      title: get("title"),
      summary: get("summary"),
      kind,
      ...(optional("source_label") && { sourceLabel: get("source_label") }),
      actor,
      attribution,
      ...(statedTarget && {
        statedTarget: {
          value: statedTarget as never,
          statedBy: get("stated_target_by"),
          ...(optional("stated_target_source") && { source: get("stated_target_source") }),
        },
      }),
      contested: get("contested").split(LIST).filter((s) => s !== "") as never[],
      place: {
        name: get("place"),
        ...(optional("district") && { district: get("district") }),
        ...(optional("province") && { province: get("province") }),
        administeredBy,
      },
      precision,
      verification: { status, basis: get("verification_basis") },
      claims: [],
      sources,
      imported: { format: "csv", file: fileName, row: record.row, ...(Object.keys(extra).length > 0 && { extra }) },
    },
  };
  return { draft, dropped };
}

/** Maps the rows of a CSV in this map's export format to imported events; each rejected row is reported. */
export function projectCsvMapper(header: CsvHeader, fileName: string): RowMapper {
  const events: ImportedEventFeature[] = [];
  const issues: RowIssue[] = [];
  const ids = uniqueIds("id");
  return {
    add(record) {
      const read = projectRow(header, record, fileName);
      if ("rejected" in read) return void issues.push(...read.rejected);
      const duplicate = ids.check(read.draft.properties.id, record.row);
      if (duplicate) return void issues.push(duplicate);
      issues.push(...read.dropped);
      const done = finishEvent(read.draft, record.row, projectColumn);
      if ("event" in done) events.push(done.event);
      else issues.push(...done.issues);
    },
    result: () => ({ events, issues }),
  };
}
