// Shared by the API and load benchmarks: autocannon runs that count every failure, raw GETs that keep
// the bytes as sent (no decompression), and a process's resident memory.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import autocannon from "autocannon";

/**
 * Runs autocannon against `url`. `errors` counts connection errors, timeouts and answers outside the
 * `status` class (e.g. "2xx"); `strict` makes any error a failure.
 */
export async function hammer(url, { connections = 10, seconds = 5, headers = {}, status = "2xx", timeout = 60, strict = true } = {}) {
  const r = await autocannon({ url, connections, duration: seconds, headers, timeout });
  const answered = r[status];
  const all = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  const errors = r.errors + r.timeouts + (all - answered);
  if (errors > 0)
    console.error(`  ${url}: ${r.errors} connection errors, ${r.timeouts} timeouts (${timeout} s), statuses ${JSON.stringify(r.statusCodeStats)}`);
  if (strict && (errors > 0 || answered === 0))
    throw new Error(`${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${answered} of ${all} answers were ${status}`);
  return {
    rps: r.requests.average,
    requests: answered,
    errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytesPerAnswer: all > 0 ? r.throughput.total / all : 0,
  };
}

/** A GET whose body stays exactly as the server sent it (compressed or not). */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Resident memory of a process in MB (Linux /proc, else ps). */
export function rssMB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) / 1024;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
