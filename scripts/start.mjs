// `npm start`: install if needed, build if stale, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuilt, ensureInstalled, root } from "./setup.mjs";

ensureInstalled();
ensureBuilt();
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "0.0.0.0";
// The server reads its data when it starts, from the project's geodata/ or the folder GEODATA_DIR names
// (relative to where npm start runs): editing the data needs a restart, not a rebuild.
const geodata = path.resolve(root, process.env.GEODATA_DIR ?? "geodata");
console.log(`→ serving ${path.relative(root, geodata) || "."} on http://localhost:${port}`);
// The standalone server is what a deployment runs, so `npm start` serves exactly that.
const server = spawn(process.execPath, [path.join(root, ".next/standalone/server.js")], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, HOSTNAME: host, GEODATA_DIR: geodata },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
