// `npm start`: install if needed, build if stale, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuilt, ensureInstalled, root } from "./setup.mjs";

ensureInstalled();
ensureBuilt();
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "0.0.0.0";
console.log(`→ serving on http://localhost:${port}`);
// The standalone server is what a deployment runs, so `npm start` serves exactly that.
const server = spawn(process.execPath, [path.join(root, ".next/standalone/server.js")], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, HOSTNAME: host },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
