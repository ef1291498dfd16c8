// Starts the built app (the standalone server) on a free loopback port and stops it again.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** First port in [from, to] nobody listens on at 127.0.0.1. */
export async function freePort(from = 3400, to = 3499) {
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
 * The standalone server a deployment runs (`.next/standalone/server.js`), as one process in its own process group (so stopping it leaves no orphan), ready once
 * `/` and `/api/events` answer 200. Rejects after `timeoutMs`.
 */
export async function startApp(root, { timeoutMs = 90_000 } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = path.join(root, ".next", "standalone", "server.js");
  const child = spawn(process.execPath, [server], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      GEODATA_DIR: path.join(root, "geodata"),
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    },
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
    if ((await ok(`${origin}/api/events`)) && (await ok(`${origin}/`))) return { origin, pid: child.pid, stop };
    await sleep(500);
  }
  await stop();
  throw new Error(`the app on ${origin} was not ready:\n${output.join("\n")}`);
}
