// CommonJS with a .d.cts beside it: next.config.js requires this file, and Node cannot require TypeScript.
"use strict";

/** Where the embeddable view lives; only it may be framed by other sites. */
const EMBED_PATH = "/embed";

/**
 * Powerful features the app never uses, denied to it and to anything it frames. Only names Chromium
 * recognises: an unknown one makes the browser log a console error on every page.
 */
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/**
 * The Content-Security-Policy for a page or response. Everything comes from the app's own origin, so
 * the map works offline. A page gets a fresh `nonce` per request (proxy.ts): Next.js streams its
 * bootstrap and RSC payload as inline scripts and puts that nonce on them, and 'strict-dynamic' lets
 * those scripts load the page's chunks. Responses that are not pages (API, static files) run no
 * script, so they get 'self' alone. 'unsafe-inline' is never allowed for scripts, and 'unsafe-eval'
 * never outside `next dev` (React uses eval there for its error overlay).
 *
 * @param {{ frameAncestors: string, nonce?: string, dev?: boolean, connectSources?: readonly string[] }} options
 * @returns {string}
 */
function contentSecurityPolicy({ frameAncestors, nonce, dev = false, connectSources = [] }) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    // MapLibre starts its worker from /maplibre-gl-worker.mjs, or from a blob: URL wrapping it.
    "worker-src": ["'self'", "blob:"],
    // MapLibre decodes icons and exports through blob: and data: URLs.
    "img-src": ["'self'", "data:", "blob:"],
    // MapLibre positions its controls and React sets style attributes inline.
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...connectSources],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": [frameAncestors],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Whether a path is the embeddable view (`/embed`, `/embed/…`, not `/embedded`), which any site may frame. */
function isEmbedPath(pathname) {
  return pathname === EMBED_PATH || pathname.startsWith(`${EMBED_PATH}/`);
}

/**
 * The origin of a self-hoster's own basemap style (BASEMAP_STYLE_URL), which the browser must be
 * allowed to fetch; none for the built-in offline basemap or a relative URL ('self' covers that).
 *
 * @param {string | undefined} styleUrl
 * @returns {string[]}
 */
function basemapOrigins(styleUrl) {
  try {
    return styleUrl ? [new URL(styleUrl).origin] : [];
  } catch {
    return [];
  }
}

/**
 * Headers for every response: the CSP, and the rules that keep browsers from sniffing types, leaking
 * full URLs to other sites and granting device access. Only the embed view may be framed, by anyone.
 *
 * @param {{ embed: boolean, dev?: boolean, connectSources?: readonly string[] }} options
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders({ embed, dev = false, connectSources = [] }) {
  const headers = [
    {
      key: "Content-Security-Policy",
      value: contentSecurityPolicy({ frameAncestors: embed ? "*" : "'none'", dev, connectSources }),
    },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: DENIED_FEATURES.map((f) => `${f}=()`).join(", ") },
  ];
  // The legacy header has no "allow everyone" value, so the embed view simply goes without it.
  if (!embed) headers.push({ key: "X-Frame-Options", value: "DENY" });
  return headers;
}

/**
 * Rules for next.config.js `headers()`. The two path sets are disjoint (every path but /embed and
 * /embed/…, then those), so no header depends on Next.js letting a later rule override an earlier one.
 *
 * @param {{ dev?: boolean, connectSources?: readonly string[] }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
function securityHeaderRules({ dev = false, connectSources = [] } = {}) {
  const name = EMBED_PATH.slice(1);
  return [
    // Negative lookahead: `/embedded` is an ordinary page; `/embed` and `/embed/x` are not.
    { source: `/:path((?!${name}(?:/|$)).*)`, headers: securityHeaders({ embed: false, dev, connectSources }) },
    // `:path*` matches no segment too, so this one rule covers `/embed` itself.
    { source: `${EMBED_PATH}/:path*`, headers: securityHeaders({ embed: true, dev, connectSources }) },
  ];
}

module.exports = {
  EMBED_PATH,
  DENIED_FEATURES,
  basemapOrigins,
  contentSecurityPolicy,
  isEmbedPath,
  securityHeaders,
  securityHeaderRules,
};
