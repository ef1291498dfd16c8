import { expect, test } from "./fixtures";

test("events for a day come as GeoJSON with an ETag that gives 304", async ({ request }) => {
  const res = await request.get("/api/events?date=2025-05-07");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/geo+json");
  const body = await res.json();
  expect(body.features.length).toBeGreaterThanOrEqual(9);
  for (const f of body.features) expect(f.properties.date).toBe("2025-05-07");
  const again = await request.get("/api/events?date=2025-05-07", { headers: { "if-none-match": res.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("a repeated revalidation gets the same 304, with the same headers, as the first", async ({ request }) => {
  const headers = { "accept-encoding": "br, gzip" };
  const tag = (await request.get("/api/events?date=2025-05-08", { headers })).headers()["etag"]!;
  // The first 304 comes from the app; the server answers later ones itself (lib/http/revalidation-cache.cjs).
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await request.get("/api/events?date=2025-05-08", { headers: { ...headers, "if-none-match": tag } }));
  const kept = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => !["date", "connection", "keep-alive"].includes(k)));
  for (const res of answers) {
    expect(res.status()).toBe(304);
    expect(kept(res.headers())).toEqual(kept(answers[0]!.headers()));
  }
  expect(answers[0]!.headers()).toMatchObject({ etag: tag, vary: expect.stringContaining("Accept-Encoding"), "x-frame-options": "DENY" });
  expect(answers[0]!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a contradictory query is answered 400 with the field named", async ({ request }) => {
  const res = await request.get("/api/events?from=2025-05-10&to=2025-05-01");
  expect(res.status()).toBe(400);
  expect(await res.json()).toEqual({
    error: "Invalid query",
    issues: [{ path: "from", message: "from (2025-05-10) is after to (2025-05-01)" }],
  });
});

test("the timeline spans 22 April to 20 May", async ({ request }) => {
  const { days } = await (await request.get("/api/timeline")).json();
  expect(days[0].date).toBe("2025-04-22");
  expect(days.at(-1).date).toBe("2025-05-20");
});

test("the API publishes its OpenAPI 3.1 contract", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/events", "/api/timeline", "/api/boundaries", "/api/openapi.json"]));
});

test("an unknown API path answers a JSON 404, not the HTML page", async ({ request }) => {
  for (const path of ["/api/nothing", "/api/events/2025-05-07", "/api"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect((await res.json()).error).toContain(path);
  }
});

test("writes are refused with 405 and Allow; HEAD answers like GET without a body", async ({ request }) => {
  for (const method of ["post", "put", "patch", "delete"] as const) {
    const res = await request[method]("/api/events");
    expect(res.status(), method).toBe(405);
    expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  }
  const head = await request.head("/api/timeline");
  const get = await request.get("/api/timeline");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(get.headers()["etag"]);
  expect((await head.body()).length).toBe(0);
});

test("a browser gets the events brotli-compressed, and the page's own requests too", async ({ page }) => {
  const codings: string[] = [];
  page.on("response", (r) => r.url().includes("/api/events") && codings.push(r.headers()["content-encoding"] ?? "none"));
  await page.goto("/");
  await expect.poll(() => codings.length).toBeGreaterThan(0);
  expect(codings.every((c) => c === "br"), codings.join(", ")).toBe(true);
});
