// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, read by Node as is.
const { basemapOrigins, securityHeaderRules } = require("./lib/http/security-headers.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keeps `next dev` from writing files of its own into the repository.
  agentRules: false,
  poweredByHeader: false,
  reactStrictMode: true,
  // The dashboard's first-load code in one chunk rather than three: it all loads at once anyway, and one
  // compresses better (about 1 kB gzip less in the bench's first-load row).
  experimental: { turbopackChunking: { minChunkSize: 150_000 } },
  // React's own useSyncExternalStore in place of the pre-18 polyfill swr imports (see the module).
  turbopack: { resolveAlias: { "use-sync-external-store/shim": "./lib/client/use-sync-external-store-shim.ts" } },
  // A self-contained server in .next/standalone for deployment (see README); `npm start` still uses `next start`.
  output: "standalone",
  // The geodata is read from disk at run time, not imported, so the file tracer must be told about it.
  outputFileTracingIncludes: { "/**": ["./geodata/**/*"] },
  // Read when the app is built: a basemap on another host must be set then too. Pages get their CSP,
  // with a per-request nonce, from proxy.ts, which replaces the one set here.
  async headers() {
    return securityHeaderRules({
      dev: process.env.NODE_ENV === "development",
      connectSources: basemapOrigins(process.env.BASEMAP_STYLE_URL),
    });
  },
};

module.exports = nextConfig;
