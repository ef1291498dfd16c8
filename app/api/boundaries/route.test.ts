import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { BoundaryCollectionSchema } from "@/lib/schemas/boundary";

describe("GET /api/boundaries", () => {
  it("returns the AGPL, the LoC, the Working Boundary and the international border", async () => {
    const res = await GET(new Request("http://localhost/api/boundaries"));
    expect(res.status).toBe(200);
    const body = BoundaryCollectionSchema.parse(await res.json());
    expect(body.features.map((f) => f.properties.kind).sort()).toEqual(["agpl", "international_border", "loc", "working_boundary"]);
  });

  it("answers 400 to any parameter", async () => {
    const res = await GET(new Request("http://localhost/api/boundaries?kind=loc"));
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: "kind", message: "unknown parameter" }]);
  });
});
