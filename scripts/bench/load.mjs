// Load: 100 connections for 30 s on /api/events for one day and on the page /, as browsers ask for
// them (compressed), against a fresh app process. Every answer must be a 200 (errors must be 0) and the
// server's resident memory may grow by less than 50 MB from "before" (after a warm-up at the same
// concurrency, so the heap has grown to its working size and growth means memory kept) to the end.
// Beside each, the bare node server sending the same bytes from memory for 10 s shows what the
// machine itself allows.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "./app-server.mjs";
import { hammer, rawGet, rssMB } from "./http-load.mjs";
import { startStaticServer } from "./static-server.mjs";

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS || 30);
const BASE_SECONDS = 10;
const WARM_SECONDS = 15;
const MAX_GROWTH_MB = 50;
const API_HEADERS = { "accept-encoding": "br, gzip" };
const PAGE_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html" };
const KEEP_HEADERS = new Set(["content-type", "content-encoding", "etag", "vary", "cache-control", "content-security-policy"]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The day with the most events, from the app's own timeline, so the URL follows the data. */
async function busiestDay(origin) {
  const { days } = await (await fetch(`${origin}/api/timeline`)).json();
  return days.reduce((a, b) => (b.count > a.count ? b : a)).date;
}

export async function load({ root }) {
  const app = await startApp(root);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "strike-bench-load-"));
  let bare;
  try {
    const day = await busiestDay(app.origin);
    const targets = [
      { label: `/api/events?date=${day}`, path: `/api/events?date=${day}`, headers: API_HEADERS },
      { label: "/ (page)", path: "/", headers: PAGE_HEADERS },
    ];
    // The bare server answers with the bytes and headers our app sent, one file per target.
    const routes = {};
    for (const [i, t] of targets.entries()) {
      const r = await rawGet(`${app.origin}${t.path}`, t.headers);
      if (r.status !== 200) throw new Error(`${t.path} answered ${r.status}`);
      writeFileSync(path.join(tmp, `${i}.bin`), r.body);
      routes[`/${i}`] = { file: `${i}.bin`, headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => KEEP_HEADERS.has(k))) };
    }
    bare = await startStaticServer(tmp, routes);
    const fresh = rssMB(app.pid);
    for (const t of targets)
      await hammer(`${app.origin}${t.path}`, { connections: CONNECTIONS, seconds: WARM_SECONDS, headers: t.headers, strict: false });
    await sleep(2000);
    const before = rssMB(app.pid);
    console.log(`  resident memory: ${fresh.toFixed(0)} MB fresh, ${before.toFixed(0)} MB after the warm-up`);
    const rows = [];
    for (const [i, t] of targets.entries()) {
      const ours = await hammer(`${app.origin}${t.path}`, { connections: CONNECTIONS, seconds: SECONDS, headers: t.headers, strict: false });
      const base = await hammer(`${bare.origin}/${i}`, { connections: CONNECTIONS, seconds: BASE_SECONDS, headers: t.headers });
      console.log(`  ${t.label}: ${ours.requests} answers, ${ours.errors} errors, p50 ${ours.p50} ms, p99 ${ours.p99} ms`);
      const name = `load ${t.label}, ${CONNECTIONS} conn × ${SECONDS} s`;
      rows.push(
        { name: `${name}: answers (200)`, ours: ours.requests, baseline: undefined, unit: "requests" },
        { name: `${name}: errors`, ours: ours.errors, baseline: undefined, unit: "requests" },
        { name: `${name}: throughput vs bare node`, ours: ours.rps, baseline: base.rps, unit: "req/s" },
        { name: `${name}: p50 latency vs bare node`, ours: ours.p50, baseline: base.p50, unit: "ms" },
        { name: `${name}: p99 latency vs bare node`, ours: ours.p99, baseline: base.p99, unit: "ms" },
      );
    }
    await sleep(2000);
    const after = rssMB(app.pid);
    rows.push(
      { name: "load: server resident memory, after (baseline: before)", ours: after, baseline: before, unit: "MB" },
      { name: "load: server resident memory growth", ours: after - before, baseline: undefined, unit: "MB" },
    );
    const errors = rows.filter((r) => r.name.endsWith(": errors") && r.ours > 0);
    if (errors.length > 0 || after - before >= MAX_GROWTH_MB) {
      for (const r of rows) console.error(`  ${r.name}: ${r.ours}`);
      throw new Error(`load failed: ${errors.length} target(s) had errors; memory grew ${(after - before).toFixed(1)} MB (limit ${MAX_GROWTH_MB})`);
    }
    return rows;
  } finally {
    await bare?.stop();
    await app.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
