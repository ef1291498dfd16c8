// One import measurement, run in its own Node process (`node --expose-gc --import tsx`) so heap figures
// are its own: generates a 100,000-row ACLED-format CSV, then times the CSV parser alone (papaparse, as
// a generic viewer would call it) against this map's import pipeline on the same bytes. Prints JSON.
import Papa from "papaparse";
import { generateAcledCsv } from "./generate-acled";
import { importBytes } from "../../lib/import/import-file";
import { verifyImported } from "../../lib/import/finish-event";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = 3;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median wall time of `RUNS` runs, each after a full GC, and the heap the last run's result holds. */
function measure<T>(run: () => T): { ms: number; heapMb: number; last: T } {
  const times: number[] = [];
  let last!: T;
  let heapMb = 0;
  for (let i = 0; i < RUNS; i++) {
    last = undefined as T;
    gc();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    last = run();
    times.push(performance.now() - t);
    gc();
    heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, heapMb, last };
}

const text = generateAcledCsv(ROWS, 20250507);
const bytes = new TextEncoder().encode(text);
const decoded = new TextDecoder().decode(bytes);
const options = { fileName: "bench.csv", format: "acled" as const };

const parser = measure(() => Papa.parse<string[]>(decoded, { skipEmptyLines: true }).data);
const parserObjects = measure(() => Papa.parse<Record<string, string>>(decoded, { header: true, skipEmptyLines: true }).data);
const unverified = measure(() => importBytes(bytes, { ...options, verify: false }));
const verify = measure(() => verifyImported(unverified.last.events).issues.length);
const verified = measure(() => importBytes(bytes, options));
const s = verified.last.summary;
console.log(
  JSON.stringify({
    rows: ROWS,
    fileMb: bytes.byteLength / 1e6,
    accepted: s.accepted,
    rejected: s.rejected,
    lateRejections: verify.last,
    parserMs: parser.ms,
    parserHeapMb: parser.heapMb,
    parserObjectsMs: parserObjects.ms,
    unverifiedMs: unverified.ms,
    unverifiedHeapMb: unverified.heapMb,
    verifyMs: verify.ms,
    verifiedMs: verified.ms,
  }),
);
