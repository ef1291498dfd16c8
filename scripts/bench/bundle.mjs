// First-load JavaScript of `/`: every script the page fetched until the map's first idle, each body
// gzipped here at level 6 (the same measure for every side, whatever the server sent).
// Baselines: a bare Next.js App Router page that shows a MapLibre map (scripts/bench/bare-next), built
// with this checkout's next and maplibre-gl and served in the same run, measured the same way; and
// maplibre-gl's own dist/maplibre-gl.mjs. The worker is reported apart.
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, startServer } from "./app-server.mjs";
import { openMap } from "./browser.mjs";

const WORKER = "/maplibre-gl-worker.mjs";
const gz6 = (buf) => gzipSync(buf, { level: 6 }).length;
const kB = (bytes) => bytes / 1000;

/** Gzipped size of every script a page asked for before its map's first idle (the worker excluded). */
async function firstLoadJs(browser, url) {
  const scripts = [];
  const record = (res) => {
    if (res.request().resourceType() === "script" && !new URL(res.url()).pathname.endsWith(WORKER)) scripts.push(res);
  };
  const map = await openMap(browser, url, { onPage: (page) => page.on("response", record) });
  // Code loaded after the map has drawn (exporters, other tabs) is not first-load JS.
  const idleAtEpoch = await map.page.evaluate(() => performance.timeOrigin + window.__bench.idleAt);
  let gzipped = 0;
  let wire = 0;
  let later = 0;
  try {
    for (const res of scripts) {
      if (res.request().timing().startTime > idleAtEpoch) {
        later++;
        continue;
      }
      gzipped += gz6(await res.body());
      wire += (await res.request().sizes()).responseBodySize;
    }
  } finally {
    await map.close();
  }
  console.log(`  ${url}: ${scripts.length - later} scripts before idle (${later} after), ${kB(wire).toFixed(1)} kB as sent by the server (request.sizes())`);
  return gzipped;
}

/**
 * Builds the bare Next.js page and serves it with `next start`. It is built from a copy under .next/
 * (ignored by git, the linter and the type check), where it still resolves this checkout's node_modules.
 */
async function startBareNext(root) {
  const dir = path.join(root, ".next", "bench-bare-next");
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, "scripts", "bench", "bare-next"), dir, { recursive: true });
  // .next/package.json says "commonjs"; the page's own, with no type, lets its ES modules be what they are.
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true }));
  mkdirSync(path.join(dir, "public"), { recursive: true });
  copyFileSync(path.join(root, "node_modules", "maplibre-gl", "dist", "maplibre-gl-worker.mjs"), path.join(dir, "public", "maplibre-gl-worker.mjs"));
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const t = Date.now();
  await new Promise((resolve, reject) => {
    const output = [];
    const build = spawn(process.execPath, [next, "build", dir], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    build.stdout.on("data", (c) => output.push(c));
    build.stderr.on("data", (c) => output.push(c));
    build.once("error", reject);
    build.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`building the bare Next.js page failed (exit ${code}):\n${Buffer.concat(output).toString().slice(-3000)}`)),
    );
  });
  console.log(`  bare Next.js page built in ${Math.round((Date.now() - t) / 1000)} s`);
  const port = await freePort(3370, 3399);
  const server = await startServer(root, [next, "start", dir, "-H", "127.0.0.1", "-p", String(port)], { port });
  return { ...server, stop: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

export async function bundle({ browser, app, root }) {
  const dist = (f) => readFileSync(path.join(root, "node_modules", "maplibre-gl", "dist", f));
  const ours = await firstLoadJs(browser, `${app}/`);
  const bare = await startBareNext(root);
  let bareJs;
  try {
    bareJs = await firstLoadJs(browser, `${bare.origin}/`);
  } finally {
    await bare.stop();
  }
  const worker = await fetch(`${app}${WORKER}`, { signal: AbortSignal.timeout(30_000) });
  const workerBytes = Buffer.from(await worker.arrayBuffer());
  return [
    { name: "first-load JS of / until idle vs a bare Next.js page with maplibre-gl (gzip -6)", ours: kB(ours), baseline: kB(bareJs), unit: "kB", target: { plus: 40 } },
    { name: "first-load JS of / until idle vs maplibre-gl.mjs alone (gzip -6)", ours: kB(ours), baseline: kB(gz6(dist("maplibre-gl.mjs"))), unit: "kB" },
    { name: "map worker (gzip -6)", ours: kB(gz6(workerBytes)), baseline: kB(gz6(dist("maplibre-gl-worker.mjs"))), unit: "kB" },
  ];
}
