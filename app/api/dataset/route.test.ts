import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { DatasetSchema } from "@/lib/schemas/dataset";

describe("GET /api/dataset", () => {
  it("returns the manifest of the data the server holds, with its version", async () => {
    const res = await GET(new Request("http://localhost/api/dataset"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-data-version")).toMatch(/^[0-9a-f]{16}$/);
    const body = DatasetSchema.parse(await res.json());
    expect(body.title).toBe("India–Pakistan escalation, April–May 2025");
    expect(body.period).toEqual({ first: "2025-04-22", last: "2025-05-20" });
    expect(body.timeZones.map((t) => `${t.label} ${t.offset}`)).toEqual(["IST +05:30", "PKT +05:00"]);
    expect(body.sides.map((s) => s.id)).toEqual(["india", "pakistan", "militants", "other", "unknown"]);
    expect(body).not.toHaveProperty("$schema");
  });

  it("answers 304 to its own ETag", async () => {
    const first = await GET(new Request("http://localhost/api/dataset"));
    const again = await GET(new Request("http://localhost/api/dataset", { headers: { "if-none-match": first.headers.get("etag")! } }));
    expect(again.status).toBe(304);
  });

  it("answers 400 to any parameter", async () => {
    const res = await GET(new Request("http://localhost/api/dataset?lang=en"));
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: "lang", message: "unknown parameter" }]);
  });
});
