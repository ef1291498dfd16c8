// Quick check of event files while writing data: npx tsx scripts/check-events-file.ts geodata/events/*.geojson
import { readFileSync } from "node:fs";
import { validateEventFile, formatIssue } from "../lib/data/validate";

let bad = 0;
for (const file of process.argv.slice(2)) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: not valid JSON: ${(e as Error).message}`);
    bad++;
    continue;
  }
  const { features, issues } = validateEventFile(file, raw);
  issues.forEach((i) => console.error(formatIssue(i)));
  bad += issues.length;
  console.log(`${file}: ${features.length} valid features, ${issues.length} issues`);
}
process.exit(bad ? 1 : 0);
