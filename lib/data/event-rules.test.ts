import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { featureCollection, geodataFixture, loaderIssues } from "../testing/geodata-fixture";
import type { EventProperties } from "../schemas/event";

/**
 * Every cross-field rule of an event (lib/schemas/event-rules.ts) and every contested-field check
 * (lib/data/contested-fields.ts), broken once, must be rejected by the loader with the file, the
 * event id and the field to fix.
 */

const base = makeEvent().properties;
const [INDIA, PAKISTAN] = base.sources as [EventProperties["sources"][number], EventProperties["sources"][number]];
const MISSING = "https://example.org/not-listed";
const AGENCY = { title: "Wire report", publisher: "A news agency", type: "wire", origin: "other", url: "https://wire.example/1", published: "2025-05-07" } as const;
const established = { contested: [], verification: { status: "confirmed", basis: "Both sides agree it happened." } } as const;

type Case = [name: string, change: (p: EventProperties) => Partial<EventProperties> | Record<string, unknown>, field: string, message: string | RegExp];

const CASES: Case[] = [
  ["a claim citing an unlisted source", (p) => ({ claims: [{ ...p.claims[0]!, source: MISSING }, p.claims[1]!] }), "properties.claims[0].source", `cites ${MISSING}, which is not in sources`],
  ["a casualty report citing an unlisted source", () => ({ casualties: [{ killed: 2, who: "civilians", reportedBy: "ISPR", source: MISSING }] }), "properties.casualties[0].source", `cites ${MISSING}, which is not in sources`],
  ["evidence citing an unlisted source", () => ({ evidence: [{ type: "satellite_imagery", finding: "Imagery shows a roof destroyed.", by: "An analyst", source: MISSING }] }), "properties.evidence[0].source", `cites ${MISSING}, which is not in sources`],
  ["a stated target citing an unlisted source", (p) => ({ statedTarget: { ...p.statedTarget!, source: MISSING } }), "properties.statedTarget.source", `cites ${MISSING}, which is not in sources`],
  ["a contested actor with an established attribution", (p) => ({ contested: [...p.contested, "actor"] }), "properties.attribution", "must be disputed when the actor is contested"],
  ["a disputed attribution without the actor contested", () => ({ attribution: "disputed" }), "properties.contested", "must list actor when attribution is disputed"],
  ["an unknown attribution with a named actor", () => ({ attribution: "unknown", statedTarget: undefined }), "properties.attribution", "unknown attribution and the unknown actor go together"],
  ["an unknown actor with an established attribution", () => ({ actor: "unknown", statedTarget: undefined }), "properties.attribution", "unknown attribution and the unknown actor go together"],
  ["site precision while the location is contested", (p) => ({ contested: [...p.contested, "location"] }), "properties.precision", "cannot be site while the location is contested"],
  ["contested facts without the disagreement", () => ({ disagreements: undefined }), "properties.disagreements", "must say how sources disagree on the contested facts"],
  ["a contested fact listed twice", () => ({ contested: ["target", "target"] }), "properties.contested", "lists a fact twice"],
  ["weak sources alone", (p) => ({ sources: p.sources.map((s, i) => ({ ...s, type: i ? "blog" : "aggregator" })) }), "properties.sources", "needs at least one source that is not an aggregator, blog or social post"],
  ["a dispute with a single source", (p) => ({ sources: [INDIA], claims: p.claims.map((c) => ({ ...c, source: INDIA.url })) }), "properties.sources", "a contested event needs at least two sources"],
  ["a dispute with one side's claims only", (p) => ({ claims: [p.claims[0]!] }), "properties.claims", "a contested event needs both India's and Pakistan's claims"],
  ["a dispute heard from Indian sources only", () => ({ sources: [INDIA, { ...PAKISTAN, origin: "india" }] }), "properties.sources", /needs a source from India and one from Pakistan/],
  ["a claimed event without the claim", () => ({ ...established, verification: { status: "claimed", basis: "Only one side says so." }, claims: [] }), "properties.claims", "a claimed event needs the claim"],
  ["an unknown source type", (p) => ({ sources: [{ ...p.sources[0]!, type: "press_release" }, p.sources[1]!] }), "properties.sources[0].type", /Invalid option/],
  ["an unknown source origin", (p) => ({ sources: [{ ...p.sources[0]!, origin: "afghanistan" }, p.sources[1]!] }), "properties.sources[0].origin", /Invalid option/],
  ["an unknown attribution", () => ({ attribution: "probable" }), "properties.attribution", /Invalid option/],
  ["an unknown contested fact", () => ({ contested: ["weather"] }), "properties.contested[0]", /Invalid option/],
  ["evidence of an unknown type", () => ({ evidence: [{ type: "rumour", finding: "Someone heard something.", by: "A person", source: INDIA.url }] }), "properties.evidence[0].type", /Invalid option/],
  ["a correction without a valid date", () => ({ corrections: [{ date: "2026-28-11", note: "Moved the point to the town centre." }] }), "properties.corrections[0].date", "must be a date as YYYY-MM-DD"],
  ["a stated target that is not one of the target kinds", (p) => ({ statedTarget: { ...p.statedTarget!, value: "morale" } }), "properties.statedTarget.value", /Invalid option/],
  // The contested-field checks of lib/data/contested-fields.ts, through the loader.
  ["a title naming the accused side as fact", () => ({ actor: "pakistan", attribution: "claimed", statedTarget: undefined, title: "Pakistani shelling hits homes" }), "properties.title", /attribution is claimed/],
  ["a contested target stated in the other side's source", (p) => ({ statedTarget: { ...p.statedTarget!, source: PAKISTAN.url } }), "properties.statedTarget.source", /cannot rest on a source from Pakistan/],
  ["a stated target for an unknown actor", () => ({ actor: "unknown", attribution: "unknown" }), "properties.statedTarget", "an unknown actor has stated no target"],
  ["an exact time for a contested date", () => ({ contested: ["target", "date"] }), "properties.time", "the date is contested, so no exact time can be given"],
];

describe("event rules through the loader", () => {
  it("loads the factory event, a neutral wire cited for both sides, and an unknown actor with no stated target", async () => {
    const neutral = makeEvent({
      id: "neutral-wire",
      sources: [AGENCY, { ...AGENCY, title: "Second wire report", url: "https://wire.example/2" }],
      claims: base.claims.map((c) => ({ ...c, source: AGENCY.url })),
      statedTarget: { ...base.statedTarget!, source: AGENCY.url },
    });
    const unknown = makeEvent({ id: "unknown-actor", actor: "unknown", attribution: "unknown", statedTarget: undefined });
    expect(await loaderIssues(geodataFixture({ "a.geojson": featureCollection(makeEvent(), neutral, unknown) }))).toEqual([]);
  });

  it.each(CASES)("rejects %s, naming file, id and field", async (_name, change, field, message) => {
    const event = makeEvent({ id: "broken-event" });
    Object.assign(event.properties, change(structuredClone(event.properties)));
    const issues = await loaderIssues(geodataFixture({ "x.geojson": featureCollection(makeEvent({ id: "good-event" }), event) }));
    expect(issues).toContainEqual({ file: "x.geojson", feature: '"broken-event"', field, message: expect.stringMatching(message instanceof RegExp ? message : `^${escape(message)}$`) });
    // The valid event beside it is never blamed.
    expect(issues.filter((i) => i.feature !== '"broken-event"')).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
