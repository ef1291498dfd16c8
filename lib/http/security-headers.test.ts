import loadCustomRoutes from "next/dist/lib/load-custom-routes";
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaderRules, type HeaderRule } from "./security-headers.cjs";

/** The headers Next.js would send for a path: every matching rule, matched the way Next's router does. */
function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (r) => modifyRouteRegex(r) });
    if (match(pathname)) for (const { key, value } of rule.headers) out[key.toLowerCase()] = value;
  }
  return out;
}

/** A CSP as directive name → sources. */
function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? "").split(";").map((d) => {
      const [name = "", ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const rules = securityHeaderRules();
const APP_PATHS = ["/", "/api/events", "/api/timeline", "/embedded", "/about/embed", "/_next/static/chunks/a.js"];
const EMBED_PATHS = ["/embed", "/embed/", "/embed/map", "/Embed"];

describe("security headers", () => {
  it("are accepted by Next.js's own route checks", async () => {
    const loaded = await loadCustomRoutes({ headers: async () => rules } as Parameters<typeof loadCustomRoutes>[0]);
    expect(loaded.headers).toHaveLength(rules.length);
  });

  it.each([...APP_PATHS, ...EMBED_PATHS])("give %s one complete set of headers", (path) => {
    const h = headersFor(rules, path);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(h["permissions-policy"]).toContain(`${feature}=()`);
    expect(h["content-security-policy"]).toBeDefined();
  });

  it("never allow eval, in any rule", () => {
    for (const rule of rules) for (const { value } of rule.headers) expect(value).not.toContain("unsafe-eval");
  });

  it("allow eval only under next dev, whose React build needs it", () => {
    const dev = headersFor(securityHeaderRules({ dev: true }), "/");
    expect(directives(dev["content-security-policy"]).get("script-src")).toContain("'unsafe-eval'");
  });

  it("keep everything on the app's own origin, with the MapLibre worker and inline styles allowed", () => {
    const csp = directives(headersFor(rules, "/")["content-security-policy"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    // Pages replace this with a nonce policy (proxy.ts); what is left here runs no script at all.
    expect(csp.get("script-src")).toEqual(["'self'"]);
  });

  it("admit a page's inline scripts by nonce only, never by 'unsafe-inline'", () => {
    const csp = directives(contentSecurityPolicy({ frameAncestors: "'none'", nonce: "abc123==" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    for (const rule of rules) for (const { value } of rule.headers) expect(directives(value).get("script-src") ?? []).not.toContain("'unsafe-inline'");
  });

  it.each(APP_PATHS)("forbid framing %s", (path) => {
    const h = headersFor(rules, path);
    expect(directives(h["content-security-policy"]).get("frame-ancestors")).toEqual(["'none'"]);
    expect(h["x-frame-options"]).toBe("DENY");
  });

  it.each(EMBED_PATHS)("let any site frame %s", (path) => {
    const h = headersFor(rules, path);
    expect(directives(h["content-security-policy"]).get("frame-ancestors")).toEqual(["*"]);
    expect(h["x-frame-options"]).toBeUndefined();
  });

  it("match each path with exactly one rule, so no header depends on rule order", () => {
    for (const path of [...APP_PATHS, ...EMBED_PATHS]) {
      const matching = rules.filter((r) => headersFor([r], path)["content-security-policy"]);
      expect(matching, path).toHaveLength(1);
    }
  });

  it("let the browser fetch a self-hoster's basemap host", () => {
    const h = headersFor(securityHeaderRules({ connectSources: ["https://tiles.example.org"] }), "/");
    expect(directives(h["content-security-policy"]).get("connect-src")).toEqual(["'self'", "https://tiles.example.org"]);
  });
});
