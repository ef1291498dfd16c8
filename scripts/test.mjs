// `npm test`: install what is needed, then typecheck, lint, unit tests, production build, e2e in Chromium.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { ensureBuilt, ensureInstalled, run } from "./setup.mjs";

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Chromium for Playwright: CHROMIUM_PATH, Debian's, Playwright's own, or Debian's installed now. */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (executable(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
    process.exit(1);
  }
  for (const file of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (executable(file)) return file;
  console.log("→ no system Chromium; trying Playwright's own browser download");
  const pw = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (pw.status === 0) return undefined; // Playwright finds its own browser
  if (process.getuid?.() === 0) {
    console.log("→ installing Debian's chromium (apt-get)");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    if (executable("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error("No Chromium found: install Debian's or Ubuntu's `chromium` package, or set CHROMIUM_PATH to a Chromium binary.");
  process.exit(1);
}

await ensureInstalled();
const chromium = ensureChromium();
const steps = [
  ["typecheck", "npm", ["run", "typecheck"]],
  ["lint", "npm", ["run", "lint"]],
  ["unit tests", "npm", ["run", "test:unit"]],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n→ ${name}`);
  run(cmd, args);
}
await ensureBuilt();
console.log("\n→ e2e tests (Playwright, Chromium)");
run("npx", ["playwright", "test"], { ...(chromium ? { CHROMIUM_PATH: chromium } : {}), NEXT_TELEMETRY_DISABLED: "1" });
console.log("\n✓ all checks passed");
