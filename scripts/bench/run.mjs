// `npm run bench [-- name …]`: builds if needed, starts the app and the baseline server on loopback
// (ports 3300–3399), runs each benchmark against its baseline in the same run, prints one table per
// group with the machine it ran on, and writes each group that ran whole into its own section of
// docs/benchmarks.md. Names are groups (api, bundle, map, load, export, import) or single benchmarks
// (navigation, day-step, 100k, which make up "map"); none runs every group.
// BENCH_SKIP_BUILD=1 benchmarks the existing .next as it is (no `next build`);
// BENCH_NODE_ONLY=1 keeps `import` to its Node rows (no build, server or browser).
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { ensureBuilt, ensureInstalled, root } from "../setup.mjs";

const DOC = path.join(root, "docs", "benchmarks.md");
/**
 * Each group's benchmarks, what they need started, and the group's time limit in minutes on 2 busy
 * cores; a run's limit is the sum over the groups it runs, plus STARTUP_MIN.
 */
const GROUPS = {
  api: { minutes: 4, benches: { api: ["app"] } },
  bundle: { minutes: 5, benches: { bundle: ["app", "browser"] } },
  map: { minutes: 15, benches: { navigation: ["app", "browser", "base"], "day-step": ["app", "browser", "base"], "100k": ["app", "browser", "base"] } },
  load: { minutes: 5, benches: { load: [] } },
  export: { minutes: 10, benches: { export: ["app", "browser", "base"] } },
  import: { minutes: 9, benches: { import: process.env.BENCH_NODE_ONLY ? [] : ["app", "browser", "base"] } },
};
const STARTUP_MIN = 3;
const LOADERS = {
  api: async () => (await import("./api.mjs")).api,
  bundle: async () => (await import("./bundle.mjs")).bundle,
  navigation: async () => (await import("./navigation.mjs")).navigation,
  "day-step": async () => (await import("./day-step.mjs")).dayStep,
  "100k": async () => (await import("./day-step.mjs")).bigDayStep,
  load: async () => (await import("./load.mjs")).load,
  export: async () => (await import("./export.mjs")).exportBench,
  import: async () => (await import("./import.mjs")).importBench,
};

const slug = (name) => name.toLowerCase().replaceAll(" ", "-");
const asked = process.argv.slice(2).filter((a) => !a.startsWith("-")).map(slug);
const groupOf = (bench) => Object.keys(GROUPS).find((g) => bench in GROUPS[g].benches);
const unknown = asked.filter((a) => !(a in GROUPS) && !groupOf(a));
if (unknown.length > 0) {
  const names = Object.entries(GROUPS).map(([g, { benches }]) => `${g} (${Object.keys(benches).join(", ")})`);
  console.error(`✗ no benchmark ${unknown.join(", ")}; groups (and their benchmarks): ${names.join("; ")}`);
  process.exit(2);
}
/** [group, bench] pairs in the groups' order; a group named whole is written to the docs. */
const selected = Object.entries(GROUPS).flatMap(([g, { benches }]) =>
  Object.keys(benches)
    .filter((b) => asked.length === 0 || asked.includes(g) || asked.includes(b))
    .map((b) => [g, b]),
);
const wholeGroups = [...new Set(selected.map(([g]) => g))].filter((g) => selected.filter(([sg]) => sg === g).length === Object.keys(GROUPS[g].benches).length);
const needs = new Set(selected.flatMap(([g, b]) => GROUPS[g].benches[b]));

await ensureInstalled();
if (process.env.BENCH_SKIP_BUILD) console.log("→ BENCH_SKIP_BUILD: benchmarking the existing .next");
else if (!needs.has("app")) console.log(`→ ${asked.join(", ")}: no build needed`);
else await ensureBuilt();

// Imported only now: these need node_modules.
const { startApp } = await import("./app-server.mjs");
const { makeFixtures } = await import("./fixtures.mjs");
const { startStaticServer } = await import("./static-server.mjs");
const { launchBrowser } = await import("./browser.mjs");
const { formatTable, machineLine, writeResults } = await import("./table.mjs");

const groupsRun = [...new Set(selected.map(([g]) => g))];
const DEADLINE_MS = (STARTUP_MIN + groupsRun.reduce((sum, g) => sum + GROUPS[g].minutes, 0)) * 60_000;

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
const watchdog = setTimeout(abort(`the run exceeded its limit of ${DEADLINE_MS / 60_000} minutes`, 1), DEADLINE_MS);
process.once("SIGINT", abort("interrupted", 130));
process.once("SIGTERM", abort("terminated", 143));

/** The browser's version, asked of the binary when no group launched it. */
function chromiumVersion(browser) {
  if (browser) return browser.version();
  try {
    const out = execFileSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return /\d+(\.\d+)+/.exec(out)?.[0] ?? "unknown";
  } catch {
    return "unknown";
  }
}

const started = Date.now();
// Other work on the machine skews every number; the tables record how busy it was (`loads`).
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const rows = Object.fromEntries(groupsRun.map((g) => [g, []]));
const spent = Object.fromEntries(groupsRun.map((g) => [g, 0]));
/** Each group's 1-minute load average when it started and when it ended. */
const loads = Object.fromEntries(groupsRun.map((g) => [g, []]));
const failedGroups = new Set();
let failed = false;
try {
  const ctx = { root };
  if (needs.has("app")) {
    const app = await startApp(root);
    cleanups.push(app.stop);
    console.log(`→ app on ${app.origin}`);
    ctx.app = app.origin;
  }
  if (needs.has("base")) {
    const fx = await makeFixtures(root, ctx.app, { big: selected.some(([, b]) => b === "100k") });
    cleanups.push(fx.cleanup);
    const base = await startStaticServer(fx.dirs, fx.routes);
    cleanups.push(base.stop);
    console.log(`→ baseline server on ${base.origin}`);
    Object.assign(ctx, { base: base.origin, fx });
  }
  if (needs.has("browser")) {
    ctx.browser = await launchBrowser();
    cleanups.push(() => ctx.browser.close());
  }

  for (const [group, bench] of selected) {
    if (stopping) break;
    const t = Date.now();
    loads[group][0] ??= os.loadavg()[0];
    console.log(`→ ${bench}`);
    try {
      rows[group].push(...(await (await LOADERS[bench]())(ctx)));
    } catch (e) {
      failed = true;
      failedGroups.add(group);
      if (!stopping) console.error(`✗ ${bench} failed: ${e.stack ?? e}`);
    }
    spent[group] += Date.now() - t;
    loads[group][1] = os.loadavg()[0];
    console.log(`  ${bench}: ${seconds(t)}`);
  }
  if (stopping) throw new Error("stopped before the end");
  const chromium = chromiumVersion(ctx.browser);
  const meta = (group) => ({
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    chromium,
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    load: loads[group].length === 2 ? loads[group].map((l) => l.toFixed(1)).join(" → ") : "—",
    minutes: (spent[group] / 60_000).toFixed(1),
  });
  for (const group of groupsRun) {
    const table = formatTable(rows[group]);
    console.log(`\n${group}: ${machineLine(meta(group))}\n\n${table}`);
    if (failedGroups.has(group)) console.error(`✗ ${group}: some benchmarks failed; its section of docs/benchmarks.md left as it was`);
    else if (!wholeGroups.includes(group)) console.log(`→ ${group}: only part of the group ran; docs/benchmarks.md left as it was`);
    else {
      writeResults(DOC, group, table, meta(group));
      console.log(`✓ ${group}: results written to ${path.relative(root, DOC)}`);
    }
  }
  console.log(`\n→ ${seconds(started)} in all`);
} catch (e) {
  failed = true;
  if (!stopping) console.error(`✗ ${e.stack ?? e}`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exitCode = failed ? 1 : 0;
