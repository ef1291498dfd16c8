// Install and build steps shared by `npm start` and `npm test`. Plain Node, no dependencies:
// it must run before node_modules exists.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs a command in the project root, inheriting the terminal; exits the process if it fails. */
export function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

/** Seconds without output after which a long step says it is still at work. */
const QUIET_S = 10;

/**
 * Runs a long step with its output passed through, and a line every QUIET_S seconds of silence
 * saying it is still at work, so nobody wonders whether it hung. Resolves when it succeeds;
 * otherwise prints `failure` (one sentence) and exits.
 */
export function runStep(label, cmd, args, { env = {}, failure } = {}) {
  const started = Date.now();
  console.log(`→ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let lastOutput = Date.now();
    const pass = (to) => (chunk) => {
      lastOutput = Date.now();
      to.write(chunk);
    };
    child.stdout.on("data", pass(process.stdout));
    child.stderr.on("data", pass(process.stderr));
    const ticker = setInterval(() => {
      if (Date.now() - lastOutput < QUIET_S * 1000) return;
      lastOutput = Date.now();
      console.log(`  … still ${label} (${Math.round((Date.now() - started) / 1000)} s)`);
    }, 1000);
    child.on("error", (e) => {
      clearInterval(ticker);
      console.error(`\n✗ ${failure ?? `${label} failed`}: ${e.message}`);
      process.exit(1);
    });
    child.on("exit", (code, signal) => {
      clearInterval(ticker);
      if (code === 0) {
        console.log(`✓ ${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
        return resolve();
      }
      console.error(`\n✗ ${failure ?? `${label} failed (${cmd} ${args.join(" ")} exited with ${code ?? signal})`}`);
      process.exit(code || 1);
    });
  });
}

function hashFile(file, hash) {
  hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}

function hashTree(dir, hash, skip) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (skip(full)) continue;
    if (statSync(full).isDirectory()) hashTree(full, hash, skip);
    else hashFile(full, hash);
  }
}

/** npm ci when node_modules is missing or older than the lockfile. */
export async function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  await runStep("installing dependencies (npm ci, about a minute)", npm, ["ci", "--no-audit", "--no-fund"], {
    failure: "Installing the dependencies failed (npm ci, messages above); check the network access to the npm registry and run it again.",
  });
}

// Only the basemap part of geodata is built in (copied into public/); the events, lines and manifest are read
// by the server when it starts, so changing them needs a restart, not a rebuild.
const BUILD_INPUTS = ["app", "components", "lib", "geodata/basemap", "geodata/dataset.json", "public", "instrumentation.ts", "proxy.ts",
  "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "scripts/copy-assets.mjs", "scripts/finish-standalone.mjs",
  "scripts/standalone-server.cjs"];
const STAMP = path.join(root, ".next", "source-hash");

function sourceHash() {
  const hash = createHash("sha256");
  // Files copied into public/ by the build itself would otherwise make every build look stale.
  const generated = ["fonts", "basemap"].map((d) => `${path.sep}public${path.sep}${d}`);
  const skip = (f) => /\.test\.tsx?$/.test(f) || generated.some((g) => f.includes(g)) || f.endsWith("maplibre-gl-worker.mjs");
  for (const input of BUILD_INPUTS) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) hashTree(full, hash, skip);
    else hashFile(full, hash);
  }
  return hash.digest("hex");
}

/**
 * `next build` unless the last build was made from exactly these sources. The geodata is checked
 * first, so invalid data stops here with its own sentence instead of as a failed build.
 */
export async function ensureBuilt() {
  const current = sourceHash();
  const built = existsSync(STAMP) && existsSync(path.join(root, ".next", "BUILD_ID")) ? readFileSync(STAMP, "utf8") : "";
  if (built === current) {
    console.log("→ build is up to date");
    return;
  }
  await runStep("checking the geodata", npm, ["run", "--silent", "validate:data"], {
    failure: "The geodata is invalid (each problem is listed above as file: feature: field: message); fix it and run the command again.",
  });
  await runStep("building (next build, a minute or two)", npm, ["run", "build"], {
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    failure: "The build failed (messages above).",
  });
  writeFileSync(STAMP, current);
}
