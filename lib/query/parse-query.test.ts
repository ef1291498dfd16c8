import { describe, expect, it } from "vitest";
import { BboxSchema, EventsQuerySchema, NoQuerySchema } from "../schemas/query";
import { parseQuery } from "./parse-query";

const issues = (schema: Parameters<typeof parseQuery>[0], qs: string) => {
  const r = parseQuery(schema, new URLSearchParams(qs));
  return r.ok ? [] : r.error.issues;
};

describe("parseQuery", () => {
  it("reports __proto__ as an unknown parameter instead of losing it", () => {
    expect(issues(NoQuerySchema, "__proto__=x")).toEqual([{ path: "__proto__", message: "unknown parameter" }]);
  });

  it("blames the parameter, not a part of it", () => {
    expect(issues(EventsQuerySchema, "bbox=70,30,76,95")).toEqual([
      { path: "bbox", message: "maxLat must be between -90 and 90" },
    ]);
  });
});

describe("bbox numbers", () => {
  it.each(["0x10,0,20,20", "0b1,0,2,2", "0o7,0,20,20", "0,0,20,Infinity"])("rejects %s", (bbox) => {
    expect(BboxSchema.safeParse(bbox).success).toBe(false);
  });

  it("takes decimals, signs, exponents and spaces around parts", () => {
    expect(BboxSchema.parse(" -70.5, +3e1 ,.5,35.")).toEqual([-70.5, 30, 0.5, 35]);
  });
});
