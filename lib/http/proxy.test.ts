import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "../../proxy";

// Next.js's own conversion of `config.matcher` into the regular expressions it routes with (not in its typings).
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: unknown) => { regexp: string }[];
};

const scriptSrc = (csp: string | null) => (csp ?? "").split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "script-src")?.slice(1) ?? [];
const run = (path: string) => proxy(new NextRequest(`http://localhost${path}`));

describe("proxy: page CSP with a nonce", () => {
  it("gives each request its own nonce, in the response and in the request Next.js renders from", () => {
    const a = run("/");
    const b = run("/");
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    const nonce = nonceOf(a.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(b.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) hands the overridden request headers to the renderer this way.
    expect(a.headers.get("x-middleware-override-headers")).toContain("content-security-policy");
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(a.headers.get("content-security-policy"));
  });

  it("allows no inline script without the nonce", () => {
    const src = scriptSrc(run("/").headers.get("content-security-policy"));
    expect(src).not.toContain("'unsafe-inline'");
    expect(src).not.toContain("'unsafe-eval'");
    expect(src).toContain("'strict-dynamic'");
  });

  it("lets any site frame /embed and no site frame the rest", () => {
    expect(run("/embed").headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(run("/embedded").headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("runs on pages only: not the API, Next's static files or files with an extension", () => {
    const matchers = getMiddlewareMatchers(config.matcher, {});
    const runsOn = (path: string) => matchers.some((m) => new RegExp(m.regexp).test(path));
    for (const path of ["/", "/embed", "/embed/x", "/nothing-here", "/apiary"]) expect(runsOn(path), path).toBe(true);
    for (const path of ["/api", "/api/events", "/_next/static/chunks/a.js", "/_next/image", "/icon.svg", "/maplibre-gl-worker.mjs", "/basemap/land.geojson"])
      expect(runsOn(path), path).toBe(false);
  });
});
