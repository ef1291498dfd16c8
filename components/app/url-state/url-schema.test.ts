import { describe, expect, it } from "vitest";
import { parseUrlState, serializeUrlState, withUrlState, type UrlState } from "./url-schema";

const DEFAULTS: UrlState = parseUrlState("");

describe("URL state", () => {
  it("has defaults for an empty query", () => {
    expect(DEFAULTS).toEqual({ mode: "day", boundaries: true, labels: true });
    expect(serializeUrlState(DEFAULTS)).toBe("");
  });

  it("round-trips a full state", () => {
    const s: UrlState = {
      day: "2025-05-07",
      mode: "cumulative",
      event: "2025-05-07-muridke",
      actor: ["india", "pakistan"],
      kind: ["missile_strike"],
      verification: ["confirmed", "claimed"],
      attribution: ["claimed", "disputed"],
      boundaries: false,
      labels: false,
      theme: "dark",
      pov: "pakistan",
      view: { lon: 74.1234, lat: 32.5, zoom: 6.25 },
      rings: [74.2606, 31.8092],
      radii: [100, 250],
      measure: [[74.3, 31.5], [73.1, 33.6], [67.0, 24.9]],
    };
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it("keeps an empty filter list (nothing selected) distinct from all", () => {
    const s = parseUrlState("actor=");
    expect(s.actor).toEqual([]);
    expect(parseUrlState(serializeUrlState(s)).actor).toEqual([]);
  });

  it("falls back per key on invalid values without throwing", () => {
    const s = parseUrlState("day=2025-13-40&mode=fast&event=<script>&actor=india,mars&boundaries=maybe&view=1,2&theme=pink");
    expect(s).toEqual({ mode: "day", actor: ["india"], boundaries: true, labels: true });
  });

  it("reads only calendar dates that exist", () => {
    expect(parseUrlState("day=2024-02-29").day).toBe("2024-02-29");
    expect(parseUrlState("day=2025-02-29").day).toBeUndefined();
    expect(parseUrlState("day=2025-04-31").day).toBeUndefined();
    expect(parseUrlState("day=2025-5-7").day).toBeUndefined();
    expect(parseUrlState("day=2025-05-07T00:00").day).toBeUndefined();
  });

  it("uses the last of a repeated key", () => {
    expect(parseUrlState("day=2025-05-07&day=2025-05-08").day).toBe("2025-05-08");
  });

  it("keeps a boundary point of view, and ignores an unknown one", () => {
    expect(parseUrlState("pov=india").pov).toBe("india");
    expect(serializeUrlState(parseUrlState("pov=india&day=2025-05-07"))).toBe("day=2025-05-07&pov=india");
    expect(parseUrlState("pov=china").pov).toBeUndefined();
  });

  it("drops malformed tools", () => {
    expect(parseUrlState("rings=74&radii=0,100&measure=1,2;x").rings).toBeUndefined();
    expect(parseUrlState("radii=0,100").radii).toBeUndefined();
    expect(parseUrlState("measure=1,2;3").measure).toBeUndefined();
  });

  it("names a local file and its rows, and drops them without data=local", () => {
    const s = parseUrlState("data=local&file=acled%20export.csv&rows=9812");
    expect(s).toMatchObject({ data: "local", file: "acled export.csv", rows: 9812 });
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
    expect(serializeUrlState(parseUrlState("data=remote&file=x.csv&rows=3"))).toBe("");
  });

  it("rejects a view outside the world", () => {
    expect(parseUrlState("view=200,10,5").view).toBeUndefined();
    expect(parseUrlState("view=70,10,30").view).toBeUndefined();
  });

  it("gives a page's address with the map's keys only, each checked, and the bare path for the defaults", () => {
    const read = parseUrlState("day=2025-05-10&pov=india&next=https%3A%2F%2Fexample.com&event=%22%3E%3Cscript%3E");
    expect(withUrlState("/", read)).toBe("/?day=2025-05-10&pov=india");
    expect(withUrlState("/about", DEFAULTS)).toBe("/about");
  });
});
