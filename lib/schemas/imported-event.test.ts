import { describe, expect, it } from "vitest";
import { EventFeatureSchema } from "./event";
import { ImportedEventFeatureSchema, type ImportedEventFeature } from "./imported-event";
import { relaxationsOf } from "./imported-rules";
import { makeEvent } from "../testing/event-factory";

/** A curated test event turned into an imported one: publisher-only sources, no claims, marked. */
function imported(change: (p: ImportedEventFeature["properties"]) => void = () => {}): ImportedEventFeature {
  const base = makeEvent({ verification: { status: "reported", basis: "Reported in the file." }, contested: [], claims: [], statedTarget: undefined });
  const e = { ...base, properties: { ...base.properties, sources: [{ publisher: "Example Daily" }], imported: { format: "acled", file: "a.csv", row: 2, relaxed: [] } } } as ImportedEventFeature;
  change(e.properties);
  e.properties.imported.relaxed = relaxationsOf(e.properties);
  return e;
}
const issuesOf = (e: unknown) => {
  const r = ImportedEventFeatureSchema.safeParse(e);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the imported-data profile", () => {
  it("accepts a source known only by its publisher, marking the rules it is let off", () => {
    const e = imported();
    expect(e.properties.imported.relaxed).toEqual(["source-links", "source-details", "source-strength"]);
    expect(issuesOf(e)).toEqual([]);
  });

  it("refuses an event whose mark hides a relaxation", () => {
    const e = imported();
    e.properties.imported.relaxed = ["source-details"];
    expect(issuesOf(e)).toEqual([
      "properties.imported.relaxed: must list exactly the rules this event is let off: [source-links, source-details, source-strength]",
    ]);
  });

  it("takes http and https links and nothing else", () => {
    expect(issuesOf(imported((p) => (p.sources[0]!.url = "http://example.org/a")))).toEqual([]);
    const js = imported((p) => (p.sources[0]!.url = "javascript:alert(1)"));
    expect(issuesOf(js)).toContain("properties.sources.0.url: must be an http or https link");
  });

  it("still requires citations among the sources and a consistent attribution", () => {
    const e = imported((p) => {
      p.claims = [{ by: "Someone", side: "india", statement: "A claim made in the file.", source: "https://elsewhere.example/x" }];
      p.actor = "unknown";
    });
    expect(issuesOf(e)).toEqual([
      "properties.claims.0.source: cites https://elsewhere.example/x, which is not in sources",
      "properties.attribution: unknown attribution and the unknown actor go together",
    ]);
  });

  it("does not loosen the curated schema: the same event fails it", () => {
    const { imported: _mark, ...props } = imported().properties;
    expect(EventFeatureSchema.safeParse({ ...makeEvent(), properties: props }).success).toBe(false);
  });
});
