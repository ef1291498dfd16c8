import { NextResponse, type NextRequest } from "next/server";
import { basemapOrigins, contentSecurityPolicy, isEmbedPath } from "./lib/http/security-headers.cjs";

/**
 * Gives every page a Content-Security-Policy with a fresh nonce, so that only the inline scripts
 * Next.js writes (which it marks with the nonce it finds in the request's CSP) can run, and no
 * 'unsafe-inline' is needed. The pages render per request anyway (they read BASEMAP_STYLE_URL).
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({
    frameAncestors: isEmbedPath(request.nextUrl.pathname) ? "*" : "'none'",
    nonce,
    dev: process.env.NODE_ENV === "development",
    connectSources: basemapOrigins(process.env.BASEMAP_STYLE_URL),
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API, Next's static chunks and images, or any file with an extension (icons,
  // the map worker, fonts, the basemap). Those run no inline script and keep next.config.js's CSP.
  matcher: ["/((?!api(?:/|$)|_next/static/|_next/image|.*\\.[^/]+$).*)"],
};
