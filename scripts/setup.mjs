// Install and build steps shared by `npm start` and `npm test`. Plain Node, no dependencies:
// it must run before node_modules exists.
import { spawnSync } from "node:child_process";
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
export function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("→ installing dependencies (npm ci)");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
}

// Only the basemap part of geodata is built in (copied into public/); the events, lines and manifest are read
// by the server when it starts, so changing them needs a restart, not a rebuild.
const BUILD_INPUTS = ["app", "components", "lib", "geodata/basemap", "geodata/dataset.json", "public", "instrumentation.ts", "next.config.js",
  "postcss.config.mjs", "tsconfig.json", "package-lock.json", "scripts/copy-assets.mjs", "scripts/finish-standalone.mjs"];
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

/** `next build` unless the last build was made from exactly these sources. */
export function ensureBuilt() {
  const current = sourceHash();
  const built = existsSync(STAMP) && existsSync(path.join(root, ".next", "BUILD_ID")) ? readFileSync(STAMP, "utf8") : "";
  if (built === current) {
    console.log("→ build is up to date");
    return;
  }
  console.log("→ building (next build)");
  run(npm, ["run", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(STAMP, current);
}
