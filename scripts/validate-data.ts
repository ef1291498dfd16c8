// `npm run validate:data`: validates every geodata file, prints each problem as file, feature, field, then
// the balance of the valid events (sides, attributions, kinds, days, source types and origins). Exits 1 on
// any problem, including a share of weak sources above the limit.
import { inspectGeodata } from "../lib/data/load-geodata";
import { formatIssue } from "../lib/data/validate";
import { balanceProblems, balanceTables, computeBalance, type BalanceTable } from "../lib/data/balance";
import { PERIOD } from "../lib/data/coverage";

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
function formatTable({ title, header, rows }: BalanceTable): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [title, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

async function main(): Promise<number> {
  const data = await inspectGeodata();
  const events = data.located.map((l) => l.feature.properties);
  const balance = computeBalance(events, PERIOD);
  const invalid = new Set(data.issues.filter((i) => i.feature !== "-").map((i) => `${i.file} ${i.feature}`)).size;
  if (invalid > 0) console.log(`Balance of the ${events.length} valid events; ${invalid} invalid feature(s) are left out.\n`);
  console.log(balanceTables(balance).map(formatTable).join("\n\n"));
  console.log();
  const problems = balanceProblems(balance);
  data.issues.forEach((i) => console.error(formatIssue(i)));
  problems.forEach((p) => console.error(`balance: ${p}`));
  if (data.issues.length + problems.length > 0) {
    console.error(`${data.issues.length} problem(s) in geodata/, ${problems.length} balance problem(s)`);
    return 1;
  }
  console.log(
    `geodata ${data.version}: ${events.length} events, ${data.boundaries.length} boundaries and ${data.changes.length} changelog entries are valid`,
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
