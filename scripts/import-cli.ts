// The command behind `npm run import`: reads a file with the same pipeline as the browser, writes the
// events as a geodata file and prints the row report. Kept apart from scripts/import.ts so tests call it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ImportFormatSchema } from "../lib/schemas/imported-event";
import { ActorMappingSchema, DEFAULT_ACTOR_MAPPING } from "../lib/import/acled-actors";
import { actorTable } from "../lib/import/actor-table";
import { importBytes } from "../lib/import/import-file";
import { ImportFileError } from "../lib/import/read-file";
import { formatRowIssue, rowReportToCsv } from "../lib/import/row-report";
import { validateEventFile, formatIssue } from "../lib/data/validate";
import { checkIntegrity } from "../lib/data/integrity";
import { DATASET_FILE, validateDatasetFile } from "../lib/data/dataset-file";

export const USAGE = `usage: npm run import -- --format acled|csv|geojson <file> --out geodata/events/<name>.geojson
  [--report <report.csv>]      write the row report as CSV as well
  [--mapping <mapping.json>]   actor → side rules for ACLED (print the defaults with --default-mapping)
  [--citation-title <text>] [--citation-url <https://…>]   how the dataset is cited (default: ACLED)`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Problems the server would raise for these events against the manifest beside the output folder. */
function manifestWarnings(outFile: string, events: Parameters<typeof checkIntegrity>[0]): string[] {
  const dir = path.dirname(path.dirname(outFile));
  const manifestFile = path.join(dir, DATASET_FILE);
  if (path.basename(path.dirname(outFile)) !== "events" || !existsSync(manifestFile)) return [];
  const { dataset } = validateDatasetFile(manifestFile, readJson(manifestFile));
  if (!dataset) return [`${manifestFile} is invalid; run npm run validate:data`];
  // One line per kind of problem, with its first case: a 100,000-row import must not print 100,000 lines.
  const byField = new Map<string, { count: number; first: string }>();
  for (const issue of checkIntegrity(events, dataset)) {
    const seen = byField.get(issue.field);
    if (seen) seen.count++;
    else byField.set(issue.field, { count: 1, first: formatIssue(issue) });
  }
  return [...byField.entries()].map(([field, { count, first }]) => `${field} on ${count} event${count === 1 ? "" : "s"}, e.g. ${first}`);
}

/** Runs the import; returns the exit code (0 written, 1 nothing valid or unreadable, 2 bad arguments). */
export function runImport(argv: string[], io: Io): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" }, out: { type: "string" }, report: { type: "string" }, mapping: { type: "string" },
        "citation-title": { type: "string" }, "citation-url": { type: "string" }, "default-mapping": { type: "boolean" },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = args;
  if (v["default-mapping"]) {
    io.out(JSON.stringify(DEFAULT_ACTOR_MAPPING, null, 2));
    return 0;
  }
  const format = ImportFormatSchema.safeParse(v.format);
  if (!format.success || positionals.length !== 1 || !v.out) {
    io.err(USAGE);
    return 2;
  }
  const file = positionals[0]!;
  const mapping = v.mapping ? ActorMappingSchema.safeParse(readJson(v.mapping)) : undefined;
  if (mapping && !mapping.success) {
    io.err(`${v.mapping}: ${mapping.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return 2;
  }
  const citation = v["citation-title"] ? { title: v["citation-title"], ...(v["citation-url"] && { url: v["citation-url"] }) } : undefined;
  let result;
  try {
    result = importBytes(new Uint8Array(readFileSync(file)), {
      fileName: path.basename(file),
      format: format.data,
      ...(mapping?.success && { actorMapping: mapping.data }),
      ...(citation && { citation }),
    });
  } catch (e) {
    io.err(e instanceof ImportFileError ? e.message : `${file}: ${(e as Error).message}`);
    return 1;
  }
  const { events, report, summary } = result;
  report.forEach((i) => io.err(formatRowIssue(i)));
  if (v.report) {
    mkdirSync(path.dirname(v.report), { recursive: true });
    writeFileSync(v.report, rowReportToCsv(report));
  }
  io.out(`${summary.file}: ${summary.rows} rows, ${summary.accepted} events, ${summary.rejected} rows rejected, ${report.length} issues`);
  if (format.data === "acled")
    for (const a of actorTable(events, mapping?.success ? mapping.data : DEFAULT_ACTOR_MAPPING))
      io.out(`  actor ${JSON.stringify(a.actor)} (type ${a.actorType || "-"}) → ${a.side} by ${a.rule}, ${a.events} event${a.events === 1 ? "" : "s"}`);
  if (events.length === 0) {
    io.err("nothing valid to write; see the report above");
    return 1;
  }
  const collection = { type: "FeatureCollection", features: events };
  // Checked by the server's own validator, so the file written is one the server will load.
  const check = validateEventFile(v.out, collection);
  if (check.issues.length > 0) {
    check.issues.forEach((i) => io.err(formatIssue(i)));
    return 1;
  }
  mkdirSync(path.dirname(v.out), { recursive: true });
  writeFileSync(v.out, `${JSON.stringify(collection, null, 2)}\n`);
  io.out(`wrote ${events.length} events to ${v.out} (${summary.period!.first} – ${summary.period!.last}; kinds ${summary.kinds.join(", ")})`);
  for (const w of manifestWarnings(v.out, events.map((feature) => ({ file: v.out!, feature }))))
    io.err(`warning: ${w} — update dataset.json or the server will refuse this folder`);
  return 0;
}
