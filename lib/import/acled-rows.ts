import { DatasetCitationSchema, type ImportedEventFeature, type ImportedSource, type DatasetCitation } from "../schemas/imported-event";
import type { RowIssue } from "../schemas/import";
import {
  ACLED_ADMINISTRATORS,
  ACLED_CITATION,
  ACLED_GEO_PRECISION,
  ACLED_MAPPED,
  ACLED_MAPPED_COLUMNS,
  ACLED_TIME_PRECISION,
  ACLED_VERIFICATION,
  acledKind,
} from "./acled-mapping";
import { DEFAULT_ACTOR_MAPPING, sideOfActor, type ActorMapping } from "./acled-actors";
import type { CsvHeader, CsvRecord } from "./csv-table";
import { ImportFileError } from "./read-file";
import { parseEventDate, unixSecondsToDate } from "./dates";
import { finishEvent, shown, type DraftEvent } from "./finish-event";
import { charCount, clip, own, parseCoordinate, slugId, uniqueIds } from "./row-values";

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
  if (field === "place") return own({ name: "location", province: "admin1", district: "admin2" }, sub ?? "") ?? "location";
  return own(byField, field ?? "") ?? path.join(".");
}

/** A row read: the draft event and the values it was loaded without, or every problem that rejects it. */
export type RowResult = { draft: DraftEvent; dropped: RowIssue[] } | { rejected: RowIssue[] };

/** Longest record id the profile takes (DatasetCitation.recordId); ACLED's are about ten characters. */
const RECORD_ID_MAX = 100;
/** Longest publisher name the profile takes (ImportedSource.publisher). */
const PUBLISHER_MAX = 300;
/** More digits than this is not a casualty count (and would not be a safe integer). */
const COUNT_DIGITS_MAX = 9;

/** Everything that is the same for every row of one file: column positions, the citation, caches. */
interface FileContext {
  opts: Required<AcledOptions>;
  /** Position of each column read, -1 when the file lacks it. */
  col: Record<(typeof READ_COLUMNS)[number], number>;
  /** Columns kept verbatim in `imported.extra`: every unmapped one, and actor1 (the side replaces its name). */
  extraColumns: [string, number][];
  /** Rows repeat actors and types: each distinct one is decided once. */
  actorCache: Map<string, ReturnType<typeof sideOfActor>>;
  kindCache: Map<string, KindEntry>;
  publisherCache: Map<string, Publishers>;
}

/** An event and sub-event type decided once: the kind and ACLED's label, or why there is none. */
type KindEntry = ReturnType<typeof acledKind> & { label: string };

/** A `source` cell read once: its publishers as sources, the verification basis naming them, the names too long to keep. */
interface Publishers {
  sources: ImportedSource[];
  basis: string;
  tooLong: string[];
}

function publishersOf(cell: string): Publishers {
  const names: string[] = [];
  const tooLong: string[] = [];
  for (const part of cell.split(";")) {
    const publisher = part.trim();
    if (publisher === "" || names.includes(publisher) || tooLong.includes(publisher)) continue;
    (publisher.length > PUBLISHER_MAX ? tooLong : names).push(publisher);
  }
  const basis = `Coded by ACLED from ${names.length > 0 ? names.join(", ") : "the reports it cites"}; not independently verified here.`;
  // Shared by every event citing the same cell: events are data, never mutated after import.
  return { sources: names.map((publisher) => ({ publisher })), basis, tooLong };
}

/** Columns a row is read from (the mapped ones, plus inter1 and timestamp, which rules and sources use). */
const READ_COLUMNS = [...ACLED_MAPPED, "inter1", "timestamp"] as const;

function fileContext(table: CsvHeader, opts: Required<AcledOptions>): FileContext {
  const lower = table.header.map((h) => h.toLowerCase());
  return {
    opts,
    col: Object.fromEntries(READ_COLUMNS.map((c) => [c, table.index.get(c) ?? -1])) as FileContext["col"],
    extraColumns: lower.flatMap((key, i): [string, number][] => (!ACLED_MAPPED_COLUMNS.has(key) || key === "actor1" ? [[key, i]] : [])),
    actorCache: new Map(),
    kindCache: new Map(),
    publisherCache: new Map(),
  };
}

function cellAt(cells: readonly string[], i: number): string {
  return i < 0 ? "" : (cells[i] ?? "").trim();
}

function kindOf(ctx: FileContext, eventType: string, subType: string): KindEntry {
  const key = `${eventType}|${subType}`;
  let entry = ctx.kindCache.get(key);
  if (!entry) ctx.kindCache.set(key, (entry = { ...acledKind(eventType, subType), label: clip(`${eventType}: ${subType}`, 200) }));
  return entry;
}

function actorOf(ctx: FileContext, actor1: string, inter1: string) {
  const key = `${actor1}\u0000${inter1}`;
  let side = ctx.actorCache.get(key);
  if (!side) ctx.actorCache.set(key, (side = sideOfActor(actor1, inter1, ctx.opts.actorMapping)));
  return side;
}

function publishersIn(ctx: FileContext, cell: string): Publishers {
  let p = ctx.publisherCache.get(cell);
  if (!p) ctx.publisherCache.set(cell, (p = publishersOf(cell)));
  return p;
}

/**
 * One ACLED row as a draft event, or every problem that keeps it from being one. Every value is checked
 * or built so that the draft meets the imported-data profile (a property test holds it to that), which
 * lets a large file reach the map before the profile's own check has run over it.
 */
function acledRow(record: CsvRecord, ctx: FileContext): RowResult {
  const { opts, col } = ctx;
  const cells = record.cells;
  const get = (column: keyof FileContext["col"]) => cellAt(cells, col[column]);
  const issues: RowIssue[] = [];
  const reject = (column: keyof FileContext["col"], reason: string) =>
    issues.push({ row: record.row, column, value: shown(get(column)), reason, outcome: "row rejected" });

  const recordId = get("event_id_cnty");
  const id = slugId("acled", recordId);
  if (!id) reject("event_id_cnty", "is missing; every ACLED event has an id");
  else if (recordId.length > RECORD_ID_MAX) reject("event_id_cnty", `is longer than ${RECORD_ID_MAX} characters`);
  const date = parseEventDate(get("event_date"));
  if (!date) reject("event_date", "is not a date written as YYYY-MM-DD or DD Month YYYY");
  const datePrecision = own(ACLED_TIME_PRECISION, get("time_precision"));
  if (!datePrecision) reject("time_precision", "must be 1 (day), 2 (week) or 3 (month)");
  const eventType = get("event_type");
  const subType = get("sub_event_type");
  const kind = kindOf(ctx, eventType, subType);
  if ("reason" in kind) reject(kind.column as "event_type" | "sub_event_type", kind.reason);
  const lat = parseCoordinate(get("latitude"), 90);
  if (lat === null) reject("latitude", "must be a number from -90 to 90");
  const lon = parseCoordinate(get("longitude"), 180);
  if (lon === null) reject("longitude", "must be a number from -180 to 180");
  const precision = own(ACLED_GEO_PRECISION, get("geo_precision"));
  if (!precision) reject("geo_precision", "must be 1 (town), 2 (near a town / part of a region) or 3 (region)");
  const location = get("location");
  if (charCount(location) < 2) reject("location", "is missing; the event needs the place ACLED names");
  if (issues.length > 0 || !id || !date || !datePrecision || "reason" in kind || lat === null || lon === null || !precision)
    return { rejected: issues };

  const dropped: RowIssue[] = [];
  const drop = (column: string, value: string, reason: string) =>
    dropped.push({ row: record.row, column, value: shown(value), reason, outcome: "value dropped" });
  const fatalities = get("fatalities");
  const countable = fatalities.length <= COUNT_DIGITS_MAX && /^\d+$/.test(fatalities);
  if (fatalities !== "" && !countable) drop("fatalities", fatalities, "is not a whole number; the event is loaded without a casualty figure");
  const actor = actorOf(ctx, get("actor1"), get("inter1"));
  const citation = { ...opts.citation, recordId };
  const acled: ImportedSource = { publisher: "ACLED", title: `ACLED event ${recordId}`, type: "research", origin: "other" };
  if (citation.url) acled.url = citation.url;
  const published = unixSecondsToDate(get("timestamp"));
  if (published) acled.published = published;
  const publishers = publishersIn(ctx, get("source"));
  for (const name of publishers.tooLong) drop("source", name, `names a publisher longer than ${PUBLISHER_MAX} characters; it is left out`);
  const extra: Record<string, string> = {};
  for (const [key, i] of ctx.extraColumns) {
    const value = (record.cells[i] ?? "").trim();
    if (value !== "") extra[key] = value;
  }
  const title = `${subType} in ${location}`;
  const admin1 = get("admin1");
  const admin2 = get("admin2");
  const place: DraftEvent["properties"]["place"] = { name: location, administeredBy: own(ACLED_ADMINISTRATORS, get("country").toLowerCase()) ?? "other" };
  if (charCount(admin2) >= 2) place.district = admin2;
  if (charCount(admin1) >= 2) place.province = admin1;
  const properties: DraftEvent["properties"] = {
    id,
    date,
    title: clip(title, TITLE_MAX),
    summary: get("notes"),
    kind: kind.kind,
    sourceLabel: kind.label,
    actor: actor.side,
    attribution: actor.attribution,
    contested: [],
    place,
    precision,
    verification: { status: ACLED_VERIFICATION, basis: publishers.basis },
    claims: [],
    sources: [acled, ...publishers.sources],
    imported: { format: "acled", file: opts.fileName, row: record.row, citation, extra },
  };
  if (datePrecision !== "day") properties.datePrecision = datePrecision;
  if (countable) {
    const report: NonNullable<DraftEvent["properties"]["casualties"]>[number] = {
      killed: Number(fatalities),
      who: "people killed in the event, all sides (ACLED's conservative estimate)",
      reportedBy: "ACLED",
    };
    if (acled.url) report.source = acled.url;
    properties.casualties = [report];
  }
  return { draft: { type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties }, dropped };
}

/** Takes rows one by one as the CSV is read; gives the events and the report so far (the arrays it fills). */
export interface RowMapper {
  add(record: CsvRecord): void;
  result(): { events: ImportedEventFeature[]; issues: RowIssue[] };
}

/**
 * Maps the rows of an ACLED export to imported events by the table in acled-mapping.ts and the actor
 * rules; each row that cannot become one is reported with its row number, column and reason.
 * `verify: false` leaves the profile's own check to the caller (see verifyImported), for large files.
 */
export function acledMapper(header: CsvHeader, options: AcledOptions & { verify?: boolean }): RowMapper {
  const citation = DatasetCitationSchema.omit({ recordId: true }).safeParse(options.citation ?? ACLED_CITATION);
  if (!citation.success)
    throw new ImportFileError(`The dataset citation is invalid: ${citation.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const ctx = fileContext(header, {
    fileName: options.fileName,
    actorMapping: options.actorMapping ?? DEFAULT_ACTOR_MAPPING,
    citation: citation.data,
  });
  const events: ImportedEventFeature[] = [];
  const issues: RowIssue[] = [];
  const ids = uniqueIds("event_id_cnty");
  const verify = options.verify ?? true;
  return {
    add(record) {
      const read = acledRow(record, ctx);
      if ("rejected" in read) return void issues.push(...read.rejected);
      const duplicate = ids.check(read.draft.properties.id, record.row);
      if (duplicate) return void issues.push(duplicate);
      issues.push(...read.dropped);
      const done = finishEvent(read.draft, record.row, acledColumn, verify);
      if ("event" in done) events.push(done.event);
      else issues.push(...done.issues);
    },
    result: () => ({ events, issues }),
  };
}
