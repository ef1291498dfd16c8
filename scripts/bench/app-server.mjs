// Starts the built app (the standalone server), or another Node server, on a free loopback port and stops it again.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** First port in [from, to] nobody listens on at 127.0.0.1. The bench keeps to 3300–3399. */
export async function freePort(from = 3300, to = 3339) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const s = net.createServer().once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function ok(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * The standalone server a deployment runs (`.next/standalone/server.js`), ready once `/` and
 * `/api/events` answer 200. It runs with the test flag, so the bench reaches the live map through
 * `window.__strikeMap` as the e2e suite does. Rejects after `timeoutMs`.
 */
export async function startApp(root, { timeoutMs = 90_000 } = {}) {
  const port = await freePort();
  const env = {
    GEODATA_DIR: path.join(root, "geodata"),
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    STRIKE_MAP_TEST_HOOKS: "1",
  };
  return startServer(root, [path.join(root, ".next", "standalone", "server.js")], { port, env, ready: ["/api/events", "/"], timeoutMs });
}

/**
 * `node <args>` as one process in its own process group (so stopping it leaves no orphan), serving on
 * `port`, ready once every path in `ready` answers 200. Rejects after `timeoutMs`.
 */
export async function startServer(root, args, { port, env = process.env, ready = ["/"], timeoutMs = 90_000 }) {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 30));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const running = () => child.exitCode === null && child.signalCode === null;
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Last resort if the driver dies without reaching its cleanup.
  const onExit = () => running() && killGroup("SIGKILL");
  process.once("exit", onExit);
  const stop = async () => {
    process.removeListener("exit", onExit);
    if (!running()) return;
    const exited = new Promise((r) => child.once("exit", r));
    killGroup("SIGTERM");
    if ((await Promise.race([exited.then(() => true), sleep(5_000)])) !== true) killGroup("SIGKILL");
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && running()) {
    let up = true;
    for (const p of ready) up = up && (await ok(`${origin}${p}`));
    if (up) return { origin, pid: child.pid, stop };
    await sleep(500);
  }
  await stop();
  throw new Error(`the server on ${origin} was not ready:\n${output.join("\n")}`);
}
