/**
 * Synthetic ACLED-format rows for tests and benchmarks. The column set and order follow ACLED's export;
 * every value is invented (ACLED's terms restrict redistributing its data).
 */
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string>;

/** A valid row: Indian shelling near an invented place in Poonch district, two named publishers, 2 killed. */
export function makeAcledRow(overrides: Partial<AcledRow> = {}): AcledRow {
  return {
    event_id_cnty: "SYN1001",
    event_date: "2025-05-07",
    year: "2025",
    time_precision: "1",
    disorder_type: "Political violence",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Shelling/artillery/missile attack",
    actor1: "Military Forces of India (2014-)",
    assoc_actor_1: "",
    inter1: "1",
    actor2: "Civilians (Pakistan)",
    assoc_actor_2: "",
    inter2: "7",
    interaction: "17",
    civilian_targeting: "Civilian targeting",
    iso: "586",
    region: "Southern Asia",
    country: "Pakistan",
    admin1: "Azad Kashmir",
    admin2: "Kotli",
    admin3: "",
    location: "Synthetic Village",
    latitude: "33.5150",
    longitude: "73.9020",
    geo_precision: "1",
    source: "Example Daily; Example Wire",
    source_scale: "National",
    notes: "On 7 May 2025, invented shelling hit a synthetic village; a made-up row for tests.",
    fatalities: "2",
    tags: "",
    timestamp: "1746700000",
    ...overrides,
  };
}

/** RFC 4180 quoting without any formula neutralisation: fixtures must be able to carry hostile cells. */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as ACLED CSV text; `bom` and `eol` reproduce what spreadsheets and Windows tools write. */
export function acledCsv(rows: readonly Partial<AcledRow>[], opts: { bom?: boolean; eol?: "\r\n" | "\n"; columns?: readonly string[] } = {}): string {
  const columns = opts.columns ?? ACLED_COLUMNS;
  const eol = opts.eol ?? "\r\n";
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => quote((r as Record<string, string>)[c] ?? "")).join(","))];
  return `${opts.bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`;
}
