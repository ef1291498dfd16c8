// The results tables: printed to the terminal and written into docs/benchmarks.md, each group between
// its own markers, so running one group leaves the others' latest results in place.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const markers = (group) => [`<!-- bench:results:${group}:start -->`, `<!-- bench:results:${group}:end -->`];

function number(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return "—";
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString("en-US");
  return v.toFixed(Math.abs(v) >= 10 ? 1 : 2);
}

const ratio = (ours, baseline) => (baseline > 0 && ours !== undefined ? (ours / baseline).toFixed(2) : "—");

/**
 * A row's target and whether this run met it: `{ ratio }` ours ≤ ratio × baseline, `{ minRatio }`
 * ours ≥ minRatio × baseline, `{ max }` ours ≤ max (in the row's unit), `{ plus }` ours ≤ baseline + plus.
 */
export function targetCell({ ours, baseline, unit, target }) {
  if (!target) return "";
  const known = (...vs) => vs.every((v) => v !== undefined && v !== null && !Number.isNaN(v));
  const [text, met] =
    target.ratio !== undefined ? [`≤ ${target.ratio}×`, known(ours, baseline) && baseline > 0 ? ours <= target.ratio * baseline : undefined]
    : target.minRatio !== undefined ? [`≥ ${target.minRatio}×`, known(ours, baseline) && baseline > 0 ? ours >= target.minRatio * baseline : undefined]
    : target.max !== undefined ? [`≤ ${target.max} ${unit}`, known(ours) ? ours <= target.max : undefined]
    : [`≤ baseline + ${target.plus} ${unit}`, known(ours, baseline) ? ours - baseline <= target.plus : undefined];
  return `${text} ${met === undefined ? "?" : met ? "✓" : "✗"}`;
}

/** A Markdown table with padded columns, so it reads the same in a terminal and in the docs. */
export function formatTable(rows) {
  const head = ["benchmark", "ours", "baseline", "ratio (ours/baseline)", "unit", "target"];
  const text = new Set([0, 4, 5]);
  const body = rows.map((r) => [r.name, number(r.ours), number(r.baseline), ratio(r.ours, r.baseline), r.unit, targetCell(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (text.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (text.has(i) ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(head), rule, ...body.map(line)].join("\n");
}

/** The machine and conditions of a run, printed with the tables and written above each. */
export function machineLine(meta) {
  return (
    `Measured ${meta.date} · ${meta.cpu} · ${meta.cores} cores · Node ${meta.node} · Chromium ${meta.chromium} · ` +
    `1-min load average ${meta.load} (start → end) · ${meta.minutes} min`
  );
}

/** Replaces `group`'s results section of `file` (between its markers), adding it at the end if missing. */
export function writeResults(file, group, table, meta) {
  const [start, end] = markers(group);
  const section = [start, `### ${group}`, "", machineLine(meta), "", table, end].join("\n");
  mkdirSync(path.dirname(file), { recursive: true });
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\n## Results\n";
  const next = old.includes(start)
    ? old.slice(0, old.indexOf(start)) + section + old.slice(old.indexOf(end) + end.length)
    : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
