import { expect, test, type APIResponse } from "./fixtures";
import { waitForMapIdle } from "./map-helpers";

declare global {
  interface Window {
    /** CSP violations the page reported, collected from the first script on. */
    __cspViolations?: string[];
  }
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

function expectCommonHeaders(res: APIResponse) {
  const h = res.headers();
  const csp = h["content-security-policy"];
  expect(csp, "Content-Security-Policy").toBeDefined();
  expect(csp).not.toContain("unsafe-eval");
  expect(directives(csp).get("default-src")).toEqual(["'self'"]);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(h["permissions-policy"]).toContain(`${feature}=()`);
  return h;
}

for (const path of ["/", "/api/events"]) {
  test(`${path} may not be framed and carries the security headers`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const h = expectCommonHeaders(res);
    expect(directives(h["content-security-policy"]).get("frame-ancestors")).toEqual(["'none'"]);
    expect(h["x-frame-options"]).toBe("DENY");
  });
}

test("/embed may be framed by any site", async ({ request }) => {
  const res = await request.get("/embed");
  // Next.js applies config headers before it looks for the page, so even a 404 should carry them;
  // skip rather than fail only if the page is missing and that assumption does not hold.
  test.skip(
    res.status() === 404 && !res.headers()["content-security-policy"],
    "/embed is not built yet and this Next.js sends no config headers with its 404",
  );
  const h = expectCommonHeaders(res);
  expect(directives(h["content-security-policy"]).get("frame-ancestors")).toEqual(["*"]);
  expect(h["x-frame-options"]).toBeUndefined();
});

/** The script-src sources of a CSP. */
const scriptSrc = (csp: string | undefined) => directives(csp).get("script-src") ?? [];

for (const path of ["/", "/embed", "/no-such-page"]) {
  test(`${path} admits scripts by a per-request nonce, never by 'unsafe-inline'`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    const nonces = [first, second].map((r) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).not.toBe(nonces[0]);
    const src = scriptSrc(first.headers()["content-security-policy"]);
    expect(src).not.toContain("'unsafe-inline'");
    expect(src).toContain("'strict-dynamic'");
    // Every script Next.js wrote into the page carries that nonce (or the browser would refuse it).
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonces[0]}"`);
  });
}

for (const [path, drawsMap] of [["/", true], ["/embed", true], ["/no-such-page", false]] as const) {
  test(`${path} runs with no CSP violation`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const consoleErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /content security policy|refused to|permissions-policy/i.test(m.text())) consoleErrors.push(m.text());
    });

    const csp = (await page.goto(path))?.headers()["content-security-policy"] ?? "";
    expect(csp).not.toContain("unsafe-eval");
    expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
    if (drawsMap) await waitForMapIdle(page);
    else await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    // Scripts ran: React hydrated the page (a refused bootstrap script would leave it inert).
    expect(await page.evaluate(() => document.querySelectorAll("script[nonce]").length)).toBeGreaterThan(0);

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
