// The baseline server: plain node:http serving one directory from memory, text gzipped ahead of time
// at level 6. It runs in its own process so the load generator and the browser driver never share
// its event loop (the app under test has its own process too).
import { fork } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".mjs", ".css", ".json", ".geojson"]);
/** Headers a 304 leaves out: it has no body. */
const BODY_HEADERS = new Set(["content-type", "content-length", "content-encoding"]);

function entry(file, headers) {
  const body = readFileSync(file);
  const gz = COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body, { level: 6 }) : null;
  return { body, gz, headers };
}

/** Every file of `dir` at `/<name>`, plus `routes` ({ url: { file, headers } }) answered with exactly those headers. */
function loadTable(dir, routes) {
  const table = new Map();
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)] ?? "application/octet-stream";
    table.set(`/${name}`, entry(path.join(dir, name), { "content-type": type, "access-control-allow-origin": "*" }));
  }
  for (const [url, r] of Object.entries(routes)) table.set(url, entry(path.join(dir, r.file), r.headers));
  return table;
}

function matches(ifNoneMatch, etag) {
  return !!ifNoneMatch && !!etag && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

function handle(table, req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const e = table.get(pathname === "/" ? "/index.html" : pathname);
  if (!e) return res.writeHead(404).end();
  if (matches(req.headers["if-none-match"], e.headers.etag)) {
    const headers = Object.fromEntries(Object.entries(e.headers).filter(([k]) => !BODY_HEADERS.has(k)));
    return res.writeHead(304, headers).end();
  }
  const gzip = e.gz && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = gzip ? e.gz : e.body;
  res.writeHead(200, { ...e.headers, "content-length": body.length, ...(gzip && { "content-encoding": "gzip", vary: "accept-encoding" }) });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Starts the server in a child process; resolves to its origin and a stop function. */
export function startStaticServer(dir, routes = {}) {
  const child = fork(fileURLToPath(import.meta.url), [dir, JSON.stringify(routes)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => (clearTimeout(timer), resolve()));
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error("static server did not start in 60 s"))), 60_000);
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`static server exited (${code})`))));
    child.once("message", ({ port }) => {
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({ origin: `http://127.0.0.1:${port}`, pid: child.pid, stop });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = loadTable(process.argv[2], JSON.parse(process.argv[3] ?? "{}"));
  const server = http.createServer((req, res) => handle(table, req, res));
  server.keepAliveTimeout = 30_000;
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
  // The parent is gone (even if it crashed): never outlive it.
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}
