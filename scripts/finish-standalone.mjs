// After `next build`: the standalone server needs the static assets beside it (Next leaves copying them to us),
// and runs our server entry (scripts/standalone-server.cjs) with the module it requires.
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".next/standalone");
if (!existsSync(out)) throw new Error(".next/standalone is missing: is output: 'standalone' set in next.config.js?");
for (const [from, to] of [["public", "public"], [".next/static", ".next/static"]]) {
  rmSync(path.join(out, to), { recursive: true, force: true });
  cpSync(path.join(root, from), path.join(out, to), { recursive: true });
}
mkdirSync(path.join(out, "lib/http"), { recursive: true });
copyFileSync(path.join(root, "lib/http/revalidation-cache.cjs"), path.join(out, "lib/http/revalidation-cache.cjs"));
copyFileSync(path.join(root, "scripts/standalone-server.cjs"), path.join(out, "server.js"));
console.log("standalone server ready in .next/standalone (node .next/standalone/server.js)");
