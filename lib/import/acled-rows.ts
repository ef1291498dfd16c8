import type { ImportedEventFeature, ImportedSource, DatasetCitation } from "../schemas/imported-event";
import type { RowIssue } from "../schemas/import";
import {
  ACLED_ADMINISTRATORS,
  ACLED_CITATION,
  ACLED_GEO_PRECISION,
  ACLED_MAPPED_COLUMNS,
  ACLED_TIME_PRECISION,
  ACLED_VERIFICATION,
  acledKind,
} from "./acled-mapping";
import { DEFAULT_ACTOR_MAPPING, sideOfActor, type ActorMapping } from "./acled-actors";
import { cell, type CsvRecord, type CsvTable } from "./csv-table";
import { parseEventDate, unixSecondsToDate } from "./dates";
import { finishEvent, shown, type DraftEvent } from "./finish-event";
import { parseCoordinate, slugId, uniqueIds } from "./row-values";

export interface AcledOptions {
  fileName: string;
  /** Actor → side rules; the defaults when absent. */
  actorMapping?: ActorMapping;
  /** How the dataset is cited; ACLED's own citation when absent. */
  citation?: Omit<DatasetCitation, "recordId">;
}

const TITLE_MAX = 120;

/** Field paths of an event as ACLED's columns, for the report. */
function acledColumn(path: readonly PropertyKey[]): string {
  const [, field, sub] = path.map(String);
  if (path[0] === "geometry") return "latitude/longitude";
  const byField: Record<string, string> = { summary: "notes", title: "location", sources: "source", casualties: "fatalities", date: "event_date", id: "event_id_cnty" };
  if (field === "place") return ({ name: "location", province: "admin1", district: "admin2" } as Record<string, string>)[sub ?? ""] ?? "location";
  return byField[field ?? ""] ?? path.join(".");
}

/** A row read: the draft event and the values it was loaded without, or every problem that rejects it. */
export type RowResult = { draft: DraftEvent; dropped: RowIssue[] } | { rejected: RowIssue[] };

/** One ACLED row as a draft event, or every problem that keeps it from being one. */
function acledRow(table: CsvTable, record: CsvRecord, opts: Required<AcledOptions>): RowResult {
  const get = (column: string) => cell(table, record, column).trim();
  const issues: RowIssue[] = [];
  const reject = (column: string, reason: string) =>
    issues.push({ row: record.row, column, value: shown(get(column)), reason, outcome: "row rejected" });

  const recordId = get("event_id_cnty");
  const id = slugId("acled", recordId);
  if (!id) reject("event_id_cnty", "is missing; every ACLED event has an id");
  const date = parseEventDate(get("event_date"));
  if (!date) reject("event_date", "is not a date written as YYYY-MM-DD or DD Month YYYY");
  const datePrecision = ACLED_TIME_PRECISION[get("time_precision")];
  if (!datePrecision) reject("time_precision", "must be 1 (day), 2 (week) or 3 (month)");
  const kind = acledKind(get("event_type"), get("sub_event_type"));
  if ("reason" in kind) reject(kind.column, kind.reason);
  const lat = parseCoordinate(get("latitude"), 90);
  if (lat === null) reject("latitude", "must be a number from -90 to 90");
  const lon = parseCoordinate(get("longitude"), 180);
  if (lon === null) reject("longitude", "must be a number from -180 to 180");
  const precision = ACLED_GEO_PRECISION[get("geo_precision")];
  if (!precision) reject("geo_precision", "must be 1 (town), 2 (near a town / part of a region) or 3 (region)");
  const location = get("location");
  if (location.length < 2) reject("location", "is missing; the event needs the place ACLED names");
  if (issues.length > 0 || !id || !date || !datePrecision || "reason" in kind || lat === null || lon === null || !precision)
    return { rejected: issues };

  const fatalities = get("fatalities");
  const killed = /^\d+$/.test(fatalities) ? Number(fatalities) : undefined;
  if (fatalities !== "" && killed === undefined)
    issues.push({ row: record.row, column: "fatalities", value: shown(fatalities), reason: "is not a whole number; the event is loaded without a casualty figure", outcome: "value dropped" });
  const actor = sideOfActor(get("actor1"), get("inter1"), opts.actorMapping);
  const citation = { ...opts.citation, recordId };
  const acled: ImportedSource = {
    publisher: "ACLED",
    title: `ACLED event ${recordId}`,
    type: "research",
    origin: "other",
    ...(citation.url && { url: citation.url }),
    ...(unixSecondsToDate(get("timestamp")) && { published: unixSecondsToDate(get("timestamp"))! }),
  };
  const publishers = [...new Set(get("source").split(";").map((s) => s.trim()).filter((s) => s.length > 0))];
  const extra = Object.fromEntries(
    table.header.flatMap((h, i) => {
      const value = (record.cells[i] ?? "").trim();
      const key = h.toLowerCase();
      return value !== "" && (!ACLED_MAPPED_COLUMNS.has(key) || key === "actor1") ? [[key, value]] : [];
    }),
  );
  const title = `${get("sub_event_type")} in ${location}`;
  const draft: DraftEvent = {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: {
      id,
      date,
      ...(datePrecision !== "day" && { datePrecision }),
      title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title,
      summary: get("notes"),
      kind: kind.kind,
      sourceLabel: `${get("event_type")}: ${get("sub_event_type")}`.slice(0, 200),
      actor: actor.side,
      attribution: actor.attribution,
      contested: [],
      place: {
        name: location,
        ...(get("admin2").length >= 2 && { district: get("admin2") }),
        ...(get("admin1").length >= 2 && { province: get("admin1") }),
        administeredBy: ACLED_ADMINISTRATORS[get("country").toLowerCase()] ?? "other",
      },
      precision,
      verification: {
        status: ACLED_VERIFICATION,
        basis: `Coded by ACLED from ${publishers.length > 0 ? publishers.join(", ") : "the reports it cites"}; not independently verified here.`,
      },
      claims: [],
      ...(killed !== undefined && {
        casualties: [{ killed, who: "people killed in the event, all sides (ACLED's conservative estimate)", reportedBy: "ACLED", ...(acled.url && { source: acled.url }) }],
      }),
      sources: [acled, ...publishers.map((publisher) => ({ publisher }))],
      imported: { format: "acled", file: opts.fileName, row: record.row, citation, extra },
    },
  };
  return { draft, dropped: issues };
}

/**
 * Every row of an ACLED export as an imported event, mapped by the table in acled-mapping.ts and the
 * actor rules; each row that cannot become one is reported with its row number, column and reason.
 */
export function acledEvents(
  table: CsvTable,
  options: AcledOptions,
  onProgress?: (fraction: number) => void,
): { events: ImportedEventFeature[]; issues: RowIssue[] } {
  const opts: Required<AcledOptions> = {
    fileName: options.fileName,
    actorMapping: options.actorMapping ?? DEFAULT_ACTOR_MAPPING,
    citation: options.citation ?? ACLED_CITATION,
  };
  const events: ImportedEventFeature[] = [];
  const issues: RowIssue[] = [];
  const ids = uniqueIds("event_id_cnty");
  table.records.forEach((record, i) => {
    if (i % 2000 === 0) onProgress?.(i / table.records.length);
    const read = acledRow(table, record, opts);
    if ("rejected" in read) return void issues.push(...read.rejected);
    const duplicate = ids.check(read.draft.properties.id, record.row);
    if (duplicate) return void issues.push(duplicate);
    issues.push(...read.dropped);
    const done = finishEvent(read.draft, record.row, acledColumn);
    if ("event" in done) events.push(done.event);
    else issues.push(...done.issues);
  });
  onProgress?.(1);
  return { events, issues };
}
