import { describe, expect, it } from "vitest";
import { parseQuery } from "../query/parse-query";
import { EventsQuerySchema, TimelineQuerySchema } from "./query";

const parse = (qs: string) => parseQuery(EventsQuerySchema, new URLSearchParams(qs));
const issues = (qs: string) => {
  const r = parse(qs);
  return r.ok ? [] : r.error.issues;
};

describe("events query", () => {
  it("accepts no parameters", () => {
    expect(parse("")).toEqual({ ok: true, value: {} });
  });

  it("parses comma lists and repeated list parameters into one list", () => {
    const r = parse("actor=india,pakistan&kind=shelling&kind=drone_strike&verification=confirmed");
    expect(r).toEqual({
      ok: true,
      value: { actor: ["india", "pakistan"], kind: ["shelling", "drone_strike"], verification: ["confirmed"] },
    });
  });

  it("parses a bbox into four numbers", () => {
    expect(parse("bbox=70,30,76.5,35")).toEqual({ ok: true, value: { bbox: [70, 30, 76.5, 35] } });
  });

  it("names an unknown parameter", () => {
    expect(issues("day=2025-05-07")).toEqual([{ path: "day", message: "unknown parameter" }]);
  });

  it("names a value outside a list's options", () => {
    expect(issues("actor=india,china")).toEqual([
      { path: "actor", message: '"china" is not one of india, pakistan, militants, other, unknown' },
    ]);
  });

  it("rejects from after to", () => {
    expect(issues("from=2025-05-10&to=2025-05-01")).toEqual([
      { path: "from", message: "from (2025-05-10) is after to (2025-05-01)" },
    ]);
  });

  it("rejects date together with a range", () => {
    expect(issues("date=2025-05-07&from=2025-05-01")[0]?.path).toBe("date");
  });

  it("rejects an impossible date", () => {
    expect(issues("date=2025-02-30")).toEqual([{ path: "date", message: "must be a date as YYYY-MM-DD" }]);
  });

  it.each([
    ["bbox=1,2,3", "must be four numbers: minLon,minLat,maxLon,maxLat"],
    ["bbox=a,2,3,4", "must be four numbers: minLon,minLat,maxLon,maxLat"],
    ["bbox=80,30,70,35", "min values must not exceed max values"],
    ["bbox=70,-95,76,35", "minLat must be between -90 and 90"],
  ])("rejects %s", (qs, message) => {
    expect(issues(qs).map((i) => i.message)).toContain(message);
  });

  it("rejects a scalar parameter given twice", () => {
    expect(issues("date=2025-05-07&date=2025-05-08")).toContainEqual({ path: "date", message: "given more than once" });
  });

  it("rejects an empty list value", () => {
    expect(issues("kind=")[0]?.path).toBe("kind");
  });
});

describe("timeline query", () => {
  it("does not take a date", () => {
    const r = parseQuery(TimelineQuerySchema, new URLSearchParams("date=2025-05-07"));
    expect(r.ok ? [] : r.error.issues).toEqual([{ path: "date", message: "unknown parameter" }]);
  });
});
