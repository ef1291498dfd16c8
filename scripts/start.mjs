// `npm start`: install if needed, build if stale, then serve on PORT (default 3000). It says what it
// is doing at every step, gives the address only once the server answers, and stops with one
// sentence when it cannot serve (port taken, invalid data, a server that exits).
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ensureBuilt, ensureInstalled, root } from "./setup.mjs";

const port = Number(process.env.PORT ?? "3000");
const host = process.env.HOSTNAME ?? "0.0.0.0";
const READY_TIMEOUT_S = 90;

function fail(sentence, code = 1) {
  console.error(`\n✗ ${sentence}`);
  process.exit(code);
}

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT=${process.env.PORT} is not a port number (1–65535).`);

/** Resolves when `port` on `host` is free to listen on; otherwise says why not and exits. */
function checkPort() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e) => {
      if (e.code === "EADDRINUSE")
        fail(`Port ${port} is already in use on ${host}: stop whatever holds it, or pick another, e.g. PORT=${port + 1} npm start.`);
      if (e.code === "EACCES") fail(`This user may not listen on port ${port}: pick one above 1023, e.g. PORT=3000 npm start.`);
      fail(`Cannot listen on ${host}:${port}: ${e.message}.`);
    });
    probe.listen(port, host, () => probe.close(resolve));
  });
}

/** Next.js prints its address as soon as it listens, before the app answers; we print ours once it does. */
const ADDRESS_LINE = /^\s*-\s*(Local|Network):/;

function forward(stream, to) {
  let rest = "";
  stream.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (!ADDRESS_LINE.test(line)) to.write(`${line}\n`);
  });
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

await checkPort();
await ensureInstalled();
await ensureBuilt();
await checkPort(); // the build took a while: check again just before starting

// The server reads its data when it starts, from the project's geodata/ or the folder GEODATA_DIR names
// (relative to where npm start runs): editing the data needs a restart, not a rebuild.
const geodata = path.resolve(root, process.env.GEODATA_DIR ?? "geodata");
console.log(`→ starting the server on ${host}:${port} with the data in ${path.relative(root, geodata) || "."}`);
// The standalone server is what a deployment runs, so `npm start` serves exactly that.
const server = spawn(process.execPath, [path.join(root, ".next/standalone/server.js")], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: String(port), HOSTNAME: host, GEODATA_DIR: geodata },
});
forward(server.stdout, process.stdout);
forward(server.stderr, process.stderr);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

let ready = false;
server.on("exit", (code, signal) => {
  if (ready) process.exit(code ?? (signal ? 0 : 1));
  fail(`The server stopped before it answered (${signal ?? `exit code ${code}`}); the messages above say why.`, code || 1);
});

const local = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
const probeUrl = `http://${host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : local}:${port}/api/timeline`;
const deadline = Date.now() + READY_TIMEOUT_S * 1000;
while (!(await answers(probeUrl))) {
  if (Date.now() > deadline) {
    server.kill("SIGTERM");
    fail(`The server did not answer within ${READY_TIMEOUT_S} s; the messages above may say why.`);
  }
  await new Promise((r) => setTimeout(r, 300));
}
ready = true;
console.log(`\n✓ Strike Map is ready: http://${local}:${port}${host === "0.0.0.0" ? " (and on this machine's other addresses)" : ""}`);
