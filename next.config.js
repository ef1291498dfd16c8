// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, read by Node as is.
const { securityHeaderRules } = require("./lib/http/security-headers.cjs");

/** The origin of a self-hoster's own basemap style, which the browser must be allowed to fetch. */
function basemapOrigins() {
  try {
    return process.env.BASEMAP_STYLE_URL ? [new URL(process.env.BASEMAP_STYLE_URL).origin] : [];
  } catch {
    return []; // A relative URL is served by this app, which 'self' already covers.
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keeps `next dev` from writing files of its own into the repository.
  agentRules: false,
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone for deployment (see README); `npm start` still uses `next start`.
  output: "standalone",
  // The geodata is read from disk at run time, not imported, so the file tracer must be told about it.
  outputFileTracingIncludes: { "/**": ["./geodata/**/*"] },
  // Read when the app is built: a basemap on another host must be set then too.
  async headers() {
    return securityHeaderRules({ dev: process.env.NODE_ENV === "development", connectSources: basemapOrigins() });
  },
};

module.exports = nextConfig;
