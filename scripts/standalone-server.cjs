// The server a deployment runs. scripts/finish-standalone.mjs copies it to .next/standalone/server.js, in
// place of the one `next build` writes, and lib/http/revalidation-cache.cjs beside it. It starts the same
// Next.js request handler, through Next's custom-server API, with one layer in front: repeated revalidations
// of an API answer are answered from memory (see revalidation-cache.cjs). Settings as Next's own: PORT,
// HOSTNAME, KEEP_ALIVE_TIMEOUT.
"use strict";
const http = require("node:http");

process.env.NODE_ENV = "production";
process.chdir(__dirname);
// The build's own config, as `next build` records it for a standalone folder (which has no next.config.js).
const { config } = require("./.next/required-server-files.json");
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const next = require("next");
const { createRevalidationCache } = require("./lib/http/revalidation-cache.cjs");

const port = parseInt(process.env.PORT ?? "", 10) || 3000;
const hostname = process.env.HOSTNAME || "0.0.0.0";
const keepAliveTimeout = parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? "", 10);
/** How long a stop waits for open requests before it exits anyway. */
const STOP_GRACE_MS = 10_000;

async function main() {
  const app = next({ dev: false, dir: __dirname, hostname, port, conf: config });
  await app.prepare();
  const handle = app.getRequestHandler();
  const revalidations = createRevalidationCache({ paths: /^\/api\// });
  const server = http.createServer((req, res) => {
    if (revalidations.answer(req, res)) return;
    revalidations.learn(req, res);
    handle(req, res).catch((err) => {
      console.error(`Failed to handle request for ${req.url}`, err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  if (keepAliveTimeout >= 0) server.keepAliveTimeout = keepAliveTimeout;
  server.on("error", (err) => {
    console.error("Failed to start server", err);
    process.exit(1);
  });
  const stop = (code) => () => {
    server.close(() => process.exit(code));
    setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
  };
  process.once("SIGINT", stop(130));
  process.once("SIGTERM", stop(143));
  server.listen(port, hostname, () => console.log(`Strike Map server listening on http://${hostname}:${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
