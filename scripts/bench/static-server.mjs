// The baseline server: plain node:http serving directory trees from memory, text gzipped ahead of time
// at level 6. It runs in its own process so the load generator and the browser driver never share
// its event loop (the app under test has its own process too).
import { fork } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { freePort } from "./app-server.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
  ".png": "image/png",
};
const COMPRESSIBLE = new Set([".html", ".mjs", ".css", ".json", ".geojson"]);
/** Headers a 304 leaves out: it has no body. */
const BODY_HEADERS = new Set(["content-type", "content-length", "content-encoding"]);

function entry(file, headers) {
  const body = readFileSync(file);
  const gz = COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body, { level: 6 }) : null;
  return { body, gz, headers };
}

/** Every file under `dir` at its path below it (`/basemap/cities.geojson`), into `table`. */
function addTree(table, dir, prefix = "") {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) addTree(table, full, `${prefix}/${name}`);
    else {
      const type = TYPES[path.extname(name)] ?? "application/octet-stream";
      table.set(`${prefix}/${name}`, entry(full, { "content-type": type, "access-control-allow-origin": "*" }));
    }
  }
}

/**
 * Every file under each of `dirs` (a later one wins on the same path), plus `routes`
 * ({ url: { file, headers } }, a file relative to the last dir) answered with exactly those headers.
 */
function loadTable(dirs, routes) {
  const table = new Map();
  for (const dir of dirs) addTree(table, dir);
  for (const [url, r] of Object.entries(routes)) table.set(url, entry(path.resolve(dirs.at(-1), r.file), r.headers));
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

/** Starts the server for `dirs` (one or a list) in a child process; resolves to its origin and a stop function. */
export async function startStaticServer(dirs, routes = {}) {
  const port = await freePort(3340, 3369);
  const args = [JSON.stringify([dirs].flat()), JSON.stringify(routes), String(port)];
  const child = fork(fileURLToPath(import.meta.url), args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
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
  const table = loadTable(JSON.parse(process.argv[2]), JSON.parse(process.argv[3]));
  const server = http.createServer((req, res) => handle(table, req, res));
  server.keepAliveTimeout = 30_000;
  server.listen(Number(process.argv[4]), "127.0.0.1", () => process.send({ port: server.address().port }));
  // The parent is gone (even if it crashed): never outlive it.
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}
