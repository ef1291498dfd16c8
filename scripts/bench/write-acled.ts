// Writes a generated ACLED-format CSV (see generate-acled.ts) to a file, for the browser bench to open.
// Usage: node --import tsx scripts/bench/write-acled.ts <file> <rows>
import { writeFileSync } from "node:fs";
import { generateAcledCsv } from "./generate-acled";

const [file, rows] = process.argv.slice(2);
if (!file || !rows) throw new Error("usage: write-acled.ts <file> <rows>");
writeFileSync(file, generateAcledCsv(Number(rows), 20250507));
