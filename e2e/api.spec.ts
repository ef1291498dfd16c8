import { expect, test } from "@playwright/test";

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
