// /api/events as a browser asks for it (Accept-Encoding: br, gzip), full answers and 304
// revalidations, against two floors measured in the same run:
// - the same Next.js server sending the same brotli bytes as a static file from public/ (what the
//   framework itself costs per request: the target is ours ≥ 0.8× this);
// - a bare node:http server sending those bytes from memory (the limit of the machine).
// The 304 rows also show the cheapest Route Handler the app has (the JSON 404 of an unknown /api path),
// which is what any App Router handler costs before it does anything.
// Rounds alternate ours / Next static / bare node so drift on a shared machine hits all three alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "./app-server.mjs";
import { hammer, median, rawGet } from "./http-load.mjs";
import { startStaticServer } from "./static-server.mjs";

const SECONDS = Number(process.env.BENCH_API_SECONDS || 5);
const ROUNDS = 3;
const BROWSER = { "accept-encoding": "br, gzip" };
/** Per-connection or per-request headers; everything else our API sends is copied to the bare server. */
const SKIP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const FLOOR_DIR = "__bench";
const FLOOR_FILE = "api-events.json.br";

/** Median throughput and p99 of `ROUNDS` runs per target, the targets taking turns. */
async function alternate(targets) {
  const runs = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, { url, headers, status }] of Object.entries(targets))
      runs[name].push(await hammer(url, { headers, status, seconds: SECONDS }));
  for (const [name, rs] of Object.entries(runs))
    console.log(`  ${name}: ${rs.map((r) => Math.round(r.rps)).join(", ")} req/s; ${Math.round(rs[0].bytesPerAnswer)} B per answer`);
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [name, { rps: median(rs.map((r) => r.rps)), p99: median(rs.map((r) => r.p99)) }]),
  );
}

export async function api({ root, app: running }) {
  const ours = await rawGet(`${running}/api/events`, BROWSER);
  if (ours.status !== 200 || ours.headers["content-encoding"] !== "br")
    throw new Error(`/api/events with ${BROWSER["accept-encoding"]} answered ${ours.status}, coding ${ours.headers["content-encoding"] ?? "none"}`);

  const publicDir = path.join(root, ".next", "standalone", "public", FLOOR_DIR);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "strike-bench-api-"));
  const stops = [];
  try {
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(path.join(publicDir, FLOOR_FILE), ours.body);
    writeFileSync(path.join(tmp, FLOOR_FILE), ours.body);
    // A second app of the same build, measured for both: Next lists public/ once at start-up, so the
    // file must be there before it starts.
    const app = await startApp(root);
    stops.push(app.stop);
    const headers = Object.fromEntries(Object.entries(ours.headers).filter(([k]) => !SKIP_HEADERS.has(k)));
    const bare = await startStaticServer(tmp, { "/api/events": { file: FLOOR_FILE, headers } });
    stops.push(bare.stop);

    const url = { ours: `${app.origin}/api/events`, next: `${app.origin}/${FLOOR_DIR}/${FLOOR_FILE}`, bare: `${bare.origin}/api/events` };
    const staticTag = (await rawGet(url.next)).headers.etag;
    for (const u of Object.values(url)) await hammer(u, { headers: BROWSER, seconds: 2 }); // warm-up
    const full = await alternate({
      ours: { url: url.ours, headers: BROWSER },
      "Next static": { url: url.next, headers: BROWSER },
      "bare node": { url: url.bare, headers: BROWSER },
    });
    const revalidate = (etag) => ({ ...BROWSER, "if-none-match": etag });
    const notModified = await alternate({
      ours: { url: url.ours, headers: revalidate(headers.etag), status: "3xx" },
      "Next static": { url: url.next, headers: revalidate(staticTag), status: "3xx" },
      "bare node": { url: url.bare, headers: revalidate(headers.etag), status: "3xx" },
      "route floor": { url: `${app.origin}/api/no-such-endpoint`, headers: BROWSER, status: "4xx" },
    });
    const rows = (label, r) => [
      { name: `${label}: throughput vs Next static file`, ours: r.ours.rps, baseline: r["Next static"].rps, unit: "req/s", target: { minRatio: 0.8 } },
      { name: `${label}: throughput vs bare node (limit)`, ours: r.ours.rps, baseline: r["bare node"].rps, unit: "req/s" },
      { name: `${label}: p99 latency vs Next static file`, ours: r.ours.p99, baseline: r["Next static"].p99, unit: "ms" },
    ];
    return [
      ...rows("/api/events 200 br", full),
      ...rows("/api/events 304", notModified),
      {
        name: "/api/events 304: throughput vs Next route handler floor (a 404)",
        ours: notModified.ours.rps,
        baseline: notModified["route floor"].rps,
        unit: "req/s",
      },
    ];
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(publicDir, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}
