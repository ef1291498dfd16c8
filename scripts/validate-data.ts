// `npm run validate:data [-- <folder>]`: validates every file of a geodata folder (the one given, else
// GEODATA_DIR, else geodata/), prints each problem as file, feature, field, then
// the balance of the valid events (sides, attributions, kinds, days, source types and origins). Exits 1 on
// any problem, including a share of weak sources above the limit.
import path from "node:path";
import { geodataDir, inspectGeodata } from "../lib/data/load-geodata";
import { formatIssue } from "../lib/data/validate";
import { isImported } from "../lib/schemas/imported-event";
import { balanceProblems, balanceTables, computeBalance, type BalanceTable } from "../lib/data/balance";

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
function formatTable({ title, header, rows }: BalanceTable): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [title, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

async function main(): Promise<number> {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : geodataDir();
  const data = await inspectGeodata(dir);
  const where = path.relative(process.cwd(), dir) || ".";
  // The balance describes curated events; imported ones carry their own dataset's citation instead.
  const events = data.located.flatMap((l) => (isImported(l.feature) ? [] : [l.feature.properties]));
  const period = data.dataset?.period ?? { first: events[0]?.date ?? "", last: events.at(-1)?.date ?? "" };
  const balance = computeBalance(events, period);
  const invalid = new Set(data.issues.filter((i) => i.feature !== "-").map((i) => `${i.file} ${i.feature}`)).size;
  if (invalid > 0) console.log(`Balance of the ${events.length} valid events; ${invalid} invalid feature(s) are left out.\n`);
  console.log(balanceTables(balance).map(formatTable).join("\n\n"));
  console.log();
  const problems = balanceProblems(balance);
  data.issues.forEach((i) => console.error(formatIssue(i)));
  problems.forEach((p) => console.error(`balance: ${p}`));
  if (data.issues.length + problems.length > 0) {
    console.error(`${data.issues.length} problem(s) in ${where}, ${problems.length} balance problem(s)`);
    return 1;
  }
  console.log(
    `geodata ${data.version} ("${data.dataset?.title}"): ${data.located.length} events, ${data.boundaries.length} boundaries and ${data.changes.length} changelog entries are valid`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
