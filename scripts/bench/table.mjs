// The results table: printed to the terminal and written into the marked section of docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const START = "<!-- bench:results:start -->";
export const END = "<!-- bench:results:end -->";

function number(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return "—";
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString("en-US");
  return v.toFixed(Math.abs(v) >= 10 ? 1 : 2);
}

const ratio = (ours, baseline) => (baseline > 0 && ours !== undefined ? (ours / baseline).toFixed(2) : "—");

/** A Markdown table with padded columns, so it reads the same in a terminal and in the docs. */
export function formatTable(rows) {
  const head = ["benchmark", "ours", "baseline", "ratio (ours/baseline)", "unit"];
  const body = rows.map((r) => [r.name, number(r.ours), number(r.baseline), ratio(r.ours, r.baseline), r.unit]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 || i === 4 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(head), rule, ...body.map(line)].join("\n");
}

/** Replaces the results section of `file` (between the markers), creating the file or the section if missing. */
export function writeResults(file, table, meta) {
  const section = [
    START,
    `Measured ${meta.date} · Node ${meta.node} · Chromium ${meta.chromium} · ${meta.cpu} · ${meta.cores} cores · ` +
      `1-min load average ${meta.load} (start → end)`,
    "",
    table,
    END,
  ].join("\n");
  mkdirSync(path.dirname(file), { recursive: true });
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const [before, rest] = old.includes(START) ? old.split(START) : [`${old.trimEnd()}\n\n## Results\n\n`, END];
  const after = rest.slice(rest.indexOf(END) + END.length);
  writeFileSync(file, `${before}${section}${after.length ? after : "\n"}`);
}
