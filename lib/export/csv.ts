import type { CasualtyReport, EventFeature } from "../schemas/event";
import { turfCentroid } from "./centroid";
import { DEFAULT_POV, type Pov } from "../pov/pov";

/** Text a spreadsheet would run as a formula: a leading =, +, -, @ (or tab or CR, which some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: a field with a comma, quote, CR or LF is quoted, and quotes inside it are doubled. Text that
 * a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP's CSV-injection advice), so
 * an event text from an untrusted file cannot run in the reader's spreadsheet; numbers stay numbers.
 */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: (string | number | undefined)[]): string {
  return values.map(csvField).join(",");
}

export const CSV_COLUMNS = [
  "id", "date", "time", "kind", "actor", "attribution", "stated_target", "stated_target_by", "stated_target_source", "contested", "place", "district", "province", "administered_by", "precision",
  "verification", "verification_basis", "killed_low", "killed_high", "injured_low", "injured_high", "casualty_reports", "lat", "lon", "distance_to_line_km", "nearest_line", "side", "title", "summary",
  "sources", "boundary_view",
] as const;

/** The lowest and highest of the figures given; empty when no report gives one. */
function span(values: (number | undefined)[]): [number | undefined, number | undefined] {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length ? [Math.min(...given), Math.max(...given)] : [undefined, undefined];
}

/** "12 killed, 30 injured (civilians), reported by ISPR": one report, with who gave the figure. */
export function describeCasualtyReport(c: CasualtyReport): string {
  const figures = [c.killed !== undefined && `${c.killed} killed`, c.injured !== undefined && `${c.injured} injured`].filter(Boolean).join(", ");
  return `${figures} (${c.who}), reported by ${c.reportedBy}`;
}

/**
 * killed_low, killed_high, injured_low, injured_high (the lowest and highest figure among the reports)
 * and casualty_reports (every figure with who reported it, " | " between reports).
 */
export function casualtyColumns(reports: readonly CasualtyReport[]): (number | string | undefined)[] {
  return [...span(reports.map((c) => c.killed)), ...span(reports.map((c) => c.injured)), reports.map(describeCasualtyReport).join(" | ")];
}

/**
 * The events as CSV (RFC 4180, CRLF line ends), one row each; sources are URLs separated by " | ".
 * `boundary_view` records the boundary point of view the map was drawn in when the file was made, on
 * every row so that it survives sorting and filtering; coordinates and depth are the same in every view.
 * Events from a file opened in the browser get a last column, `shown_from`, naming that file, so the
 * export cannot pass for the built-in data.
 */
export function eventsToCsv(events: readonly EventFeature[], { pov = DEFAULT_POV, localNote }: { pov?: Pov; localNote?: string } = {}): string {
  const rows = events.map(({ geometry, properties: p }) => {
    const [lon, lat] = turfCentroid(geometry);
    return csvRow([
      p.id, p.date, p.time, p.kind, p.actor, p.attribution, p.statedTarget?.value, p.statedTarget?.statedBy, p.statedTarget?.source,
      p.contested.join(" | "), p.place.name, p.place.district, p.place.province,
      p.place.administeredBy, p.precision, p.verification.status, p.verification.basis, ...casualtyColumns(p.casualties ?? []), lat, lon,
      p.depth?.distanceToLineKm, p.depth?.nearestLine, p.depth?.side, p.title, p.summary,
      p.sources.flatMap((s) => (s.url ? [s.url] : [])).join(" | "), pov,
      ...(localNote ? [localNote] : []),
    ]);
  });
  return [csvRow([...CSV_COLUMNS, ...(localNote ? ["shown_from"] : [])]), ...rows].join("\r\n") + "\r\n";
}
