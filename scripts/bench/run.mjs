// `npm run bench`: builds if needed, starts the app and the baseline server on loopback, runs every
// benchmark against its baseline in the same run, prints one table and writes it to docs/benchmarks.md.
// BENCH_SKIP_BUILD=1 benchmarks the existing .next as it is (no `next build`).
// `npm run bench -- api load` runs only those groups (names as listed below, "day-step" for "day step");
// `npm run bench -- import` runs the import in Node and then opens the same file in the app in Chromium;
// BENCH_NODE_ONLY=1 keeps it to the Node rows (no build, server or browser).
import os from "node:os";
import path from "node:path";
import { ensureBuilt, ensureInstalled, root } from "../setup.mjs";

/** Minutes each group may take on a loaded 2-core machine; the run's time limit is the sum, plus start-up. */
const BUDGET_MIN = { api: 3, load: 4, bundle: 1, navigation: 2, "day step": 4, export: 5, import: 7 };
const STARTUP_MIN = 2;
const DOC = path.join(root, "docs", "benchmarks.md");

/** Groups that need no server or browser (the import's Node rows alone, with BENCH_NODE_ONLY). */
const STANDALONE = new Set(process.env.BENCH_NODE_ONLY ? ["import"] : []);
const slug = (name) => name.toLowerCase().replaceAll(" ", "-");
const asked = process.argv.slice(2).map(slug);

await ensureInstalled();
if (process.env.BENCH_SKIP_BUILD) console.log("→ BENCH_SKIP_BUILD: benchmarking the existing .next");
else if (asked.length > 0 && asked.every((name) => STANDALONE.has(name))) console.log(`→ ${asked.join(", ")}: no build needed`);
else await ensureBuilt();

// Imported only now: these need node_modules.
const { startApp } = await import("./app-server.mjs");
const { makeFixtures } = await import("./fixtures.mjs");
const { startStaticServer } = await import("./static-server.mjs");
const { launchBrowser } = await import("./browser.mjs");
const { formatTable, writeResults } = await import("./table.mjs");
const benchmarks = [
  ["api", (await import("./api.mjs")).api],
  ["bundle", (await import("./bundle.mjs")).bundle],
  ["navigation", (await import("./navigation.mjs")).navigation],
  ["day step", (await import("./day-step.mjs")).dayStep],
  ["load", (await import("./load.mjs")).load],
  ["export", (await import("./export.mjs")).exportBench],
  ["import", (await import("./import.mjs")).importBench],
];
const unknown = asked.filter((a) => !benchmarks.some(([name]) => slug(name) === a));
if (unknown.length > 0) {
  console.error(`✗ no benchmark group ${unknown.join(", ")}; groups: ${benchmarks.map(([n]) => slug(n)).join(", ")}`);
  process.exit(2);
}
const selected = asked.length === 0 ? benchmarks : benchmarks.filter(([name]) => asked.includes(slug(name)));
const DEADLINE_MS = (STARTUP_MIN + selected.reduce((sum, [name]) => sum + (BUDGET_MIN[name] ?? 3), 0)) * 60_000;

/** Stops what was started, newest first; safe to call more than once. */
const cleanups = [];
async function cleanup() {
  while (cleanups.length > 0) await cleanups.pop()().catch((e) => console.error(`cleanup: ${e.message}`));
}
let stopping = false;
const abort = (why, code) => async () => {
  stopping = true;
  console.error(`✗ ${why}; stopping`);
  await cleanup();
  process.exit(code);
};
const watchdog = setTimeout(abort(`the run exceeded ${DEADLINE_MS / 60_000} minutes`, 1), DEADLINE_MS);
process.once("SIGINT", abort("interrupted", 130));
process.once("SIGTERM", abort("terminated", 143));

const started = Date.now();
// Other work on the machine skews every number; the table records how busy it was.
const loadAtStart = os.loadavg()[0];
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const rows = [];
let failed = false;
try {
  let ctx = { root };
  if (selected.some(([name]) => !STANDALONE.has(name))) {
    const app = await startApp(root);
    cleanups.push(app.stop);
    console.log(`→ app on ${app.origin}`);
    const fx = await makeFixtures(root, app.origin);
    cleanups.push(fx.cleanup);
    const base = await startStaticServer(fx.dir, fx.routes);
    cleanups.push(base.stop);
    console.log(`→ baseline server on ${base.origin}`);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    ctx = { root, app: app.origin, base: base.origin, browser, fx };
  }

  for (const [name, bench] of selected) {
    if (stopping) break;
    const t = Date.now();
    console.log(`→ ${name}`);
    try {
      rows.push(...(await bench(ctx)));
    } catch (e) {
      failed = true;
      if (!stopping) console.error(`✗ ${name} failed: ${e.stack ?? e}`);
    }
    console.log(`  ${name}: ${seconds(t)}`);
  }
  if (stopping) throw new Error("stopped before the end");
  const table = formatTable(rows);
  console.log(`\n${table}\n`);
  if (failed) console.error("✗ some benchmarks failed; docs/benchmarks.md left as it was");
  else if (selected.length < benchmarks.length) console.log("→ only some groups ran; docs/benchmarks.md left as it was");
  else {
    const meta = {
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      chromium: ctx.browser.version(),
      cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
      cores: os.cpus().length,
      load: `${loadAtStart.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
    };
    writeResults(DOC, table, meta);
    console.log(`✓ results written to ${path.relative(root, DOC)} (${seconds(started)})`);
  }
} catch (e) {
  failed = true;
  if (!stopping) console.error(`✗ ${e.stack ?? e}`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exitCode = failed ? 1 : 0;
