// Import of a 100,000-row ACLED-format CSV (generated at bench time, never committed) in Node: the CSV
// parser alone (papaparse) is the baseline, this map's pipeline (decode, parse, map, mark) is ours, in
// its own process so its heap is measured alone. The browser rows (import-browser.mjs: time to an
// interactive map, page memory) follow when the run has the app and a browser.
import { spawnSync } from "node:child_process";
import path from "node:path";

import { importBrowser } from "./import-browser.mjs";

export async function importBench(ctx) {
  const { root } = ctx;
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(root, "scripts/bench/import-run.ts")], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`import-run failed (${child.status}):\n${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split("\n").at(-1));
  console.log(
    `  ${r.rows.toLocaleString("en-US")} rows, ${r.fileMb.toFixed(1)} MB: ${r.accepted} events, ${r.rejected} rows rejected, ` +
      `${r.lateRejections} rejected by the later profile check; papaparse with header objects ${r.parserObjectsMs.toFixed(0)} ms`,
  );
  const k = (n) => `${(n / 1000).toFixed(0)}k`;
  const node = [
    { name: `import ${k(r.rows)} ACLED rows to events, map-ready (Node)`, ours: r.unverifiedMs, baseline: r.parserMs, unit: "ms" },
    { name: `  then the profile check of every event`, ours: r.verifyMs, baseline: r.parserMs, unit: "ms" },
    { name: `import ${k(r.rows)} ACLED rows, checked inline (CLI path)`, ours: r.verifiedMs, baseline: r.parserMs, unit: "ms" },
    { name: `heap held by ${k(r.rows)} imported events vs parsed rows`, ours: r.unverifiedHeapMb, baseline: r.parserHeapMb, unit: "MB" },
  ];
  return ctx.browser ? [...node, ...(await importBrowser(ctx))] : node;
}
