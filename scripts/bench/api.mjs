// /api/events under load (autocannon, 10 connections): our route handler vs the baseline server
// answering the same bytes and headers, for a full 200 and for a 304 revalidation.
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_API_SECONDS || 10);
const CONNECTIONS = 10;

/** Runs autocannon against `url`; fails unless every answer had the `status` class (e.g. "2xx"). */
async function load(url, { headers = {}, status = "2xx", seconds = SECONDS } = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 10 });
  const answered = r[status];
  if (r.errors > 0 || r.timeouts > 0 || answered === 0 || answered !== r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"])
    throw new Error(`${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${answered} of ${r.requests.total} answers were ${status}`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

export async function api({ app, base, fx }) {
  const ours = `${app}/api/events`;
  const theirs = `${base}/api/events`;
  const revalidate = { headers: { "if-none-match": fx.etag }, status: "3xx" };
  // Warm both servers (JIT, the app's data cache) before anything is counted.
  await load(ours, { seconds: 2 });
  await load(theirs, { seconds: 2 });

  const full = { ours: await load(ours), base: await load(theirs) };
  const notModified = { ours: await load(ours, revalidate), base: await load(theirs, revalidate) };
  return [
    { name: "/api/events 200: throughput", ours: full.ours.rps, baseline: full.base.rps, unit: "req/s" },
    { name: "/api/events 200: p99 latency", ours: full.ours.p99, baseline: full.base.p99, unit: "ms" },
    { name: "/api/events 304: throughput", ours: notModified.ours.rps, baseline: notModified.base.rps, unit: "req/s" },
    { name: "/api/events 304: p99 latency", ours: notModified.ours.p99, baseline: notModified.base.p99, unit: "ms" },
  ];
}
