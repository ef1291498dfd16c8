import { describe, expect, it } from "vitest";
import { daySpanIssue } from "./url-issues";
import { urlIssues } from "./link-issues";
import { parseUrlState } from "./url-schema";

describe("urlIssues", () => {
  it("names nothing for a valid link, nor for campaign tags", () => {
    expect(urlIssues("day=2025-05-07&mode=cumulative&actor=india,pakistan&view=73,33,6&utm_source=x")).toEqual([]);
  });

  it("names each key whose value was dropped, and says what applies instead", () => {
    const issues = urlIssues("day=2025-19-99&mode=warp&view=oops&actor=nobody");
    expect(issues.map((i) => i.key)).toEqual(["day", "mode", "view", "actor"]);
    expect(issues.find((i) => i.key === "actor")).toEqual({ key: "actor", value: "nobody", fallback: "ignored; showing all" });
  });

  it("names only the bad entries of a list, and keeps the good ones", () => {
    expect(urlIssues("kind=shelling,shellling")).toEqual([{ key: "kind", value: "shellling", fallback: "ignored; the other values apply" }]);
    expect(parseUrlState("kind=shelling,shellling").kind).toEqual(["shelling"]);
  });

  it("names unknown and repeated keys", () => {
    expect(urlIssues("actr=india&day=2025-05-07&day=2025-05-08").map((i) => [i.key, i.fallback])).toEqual([
      ["actr", "not a setting of this map"],
      ["day", "given twice; the last value is used"],
    ]);
  });

  it("a mistyped filter shows every event rather than none; an emptied one still shows none", () => {
    expect(parseUrlState("actor=nobody").actor).toBeUndefined();
    expect(parseUrlState("actor=").actor).toEqual([]);
  });

  it("names a day after the data's last day and shows the last day instead", () => {
    expect(daySpanIssue("2025-06-01", "2025-04-22", "2025-05-20")).toEqual({
      key: "day",
      value: "2025-06-01",
      fallback: "the data covers 22 April – 20 May 2025; showing 20 May 2025",
    });
  });

  it("names a day before the data's first day and shows the first day instead", () => {
    expect(daySpanIssue("2024-12-31", "2025-04-22", "2025-05-20")?.fallback).toBe("the data covers 22 April – 20 May 2025; showing 22 April 2025");
  });

  it("names nothing for a day within the data, its first and last days included", () => {
    expect(["2025-04-22", "2025-05-07", "2025-05-20"].map((d) => daySpanIssue(d, "2025-04-22", "2025-05-20"))).toEqual([null, null, null]);
  });
});
