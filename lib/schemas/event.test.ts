import { describe, expect, it } from "vitest";
import { EventFeatureSchema } from "./event";
import { makeEvent } from "../testing/event-factory";

function issuesOf(feature: unknown): string[] {
  const r = EventFeatureSchema.safeParse(feature);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("EventFeatureSchema", () => {
  it("accepts a complete contested event", () => {
    expect(issuesOf(makeEvent())).toEqual([]);
  });

  it("rejects a date that does not exist", () => {
    expect(issuesOf(makeEvent({ date: "2025-04-31" }))).toEqual(["properties.date: must be a date as YYYY-MM-DD"]);
  });

  it("rejects a time without its UTC offset", () => {
    expect(issuesOf(makeEvent({ time: "01:05" }))[0]).toMatch(/^properties\.time: .*UTC offset/);
  });

  it("rejects an unknown kind", () => {
    expect(issuesOf(makeEvent({ kind: "invasion" as never }))[0]).toMatch(/^properties\.kind: /);
  });

  it("rejects a source that is not https", () => {
    const e = makeEvent();
    e.properties.sources[0]!.url = "http://pib.gov.in/example-statement";
    expect(issuesOf(e)).toContain("properties.sources.0.url: must be an https URL");
  });

  it("rejects an event without sources", () => {
    const e = makeEvent({ verification: { status: "reported", basis: "Reported by several outlets." }, claims: [], sources: [] });
    expect(issuesOf(e)).toContain("properties.sources: needs at least one source");
  });

  it("requires both sides' claims on a disputed event", () => {
    const e = makeEvent();
    e.properties.claims = e.properties.claims.filter((c) => c.side === "india");
    expect(issuesOf(e)).toContain("properties.claims: a contested event needs both India's and Pakistan's claims");
  });

  it("requires two sources on a denied event", () => {
    const e = makeEvent({ verification: { status: "denied", basis: "India denies the claim outright." } });
    e.properties.sources = e.properties.sources.slice(0, 1);
    e.properties.claims = e.properties.claims.map((c) => ({ ...c, source: e.properties.sources[0]!.url }));
    expect(issuesOf(e)).toContain("properties.sources: a contested event needs at least two sources");
  });

  it("rejects a claim citing a URL that is not among the sources", () => {
    const e = makeEvent();
    e.properties.claims[1]!.source = "https://example.org/elsewhere";
    expect(issuesOf(e)).toContain("properties.claims.1.source: cites https://example.org/elsewhere, which is not in sources");
  });

  it("rejects a casualty report with no figure", () => {
    const e = makeEvent({ casualties: [{ who: "civilians", reportedBy: "ISPR", source: "https://ispr.gov.pk/example-release" }] });
    expect(issuesOf(e)).toContain("properties.casualties.0.killed: needs killed or injured");
  });

  it("rejects a latitude out of range", () => {
    expect(issuesOf(makeEvent({}, [74.3, 131.7]))).toContain("geometry.coordinates.1: latitude must be ≤ 90");
  });

  it("rejects an unknown precision", () => {
    expect(issuesOf(makeEvent({ precision: "country" as never }))[0]).toMatch(/^properties\.precision: /);
  });
});
