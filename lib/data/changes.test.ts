import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/event-factory";
import { featureCollection, geodataFixture, loaderIssues } from "../testing/geodata-fixture";
import { GEODATA_DIR, loadGeodata } from "./load-geodata";
import { ChangeLogSchema } from "../schemas/changes";

const events = { "a.geojson": featureCollection(makeEvent({ id: "known-event" })) };
const entry = (o: object = {}) => ({ date: "2026-11-28", events: ["known-event"], summary: "Moved the point to the town centre.", ...o });

describe("geodata/changes.json", () => {
  it("loads the changelog with the data, and a folder without one has no changes", async () => {
    const data = await loadGeodata(geodataFixture(events, { changes: [entry()] }));
    expect(data.changes).toEqual([entry()]);
    expect((await loadGeodata(geodataFixture(events))).changes).toEqual([]);
  });

  it("changes the data version when the changelog changes", async () => {
    const a = await loadGeodata(geodataFixture(events, { changes: [entry()] }));
    const b = await loadGeodata(geodataFixture(events, { changes: [entry({ summary: "Another summary of the change." })] }));
    expect(a.version).not.toBe(b.version);
  });

  it("rejects an entry naming an event that does not exist, naming the entry and the id", async () => {
    const changes = { changes: [entry(), entry({ events: ["known-event", "renamed-event"] })] };
    expect(await loaderIssues(geodataFixture(events, changes))).toEqual([
      { file: "changes.json", feature: "-", field: "changes[1].events[1]", message: '"renamed-event" is not the id of any event' },
    ]);
  });

  it.each([
    ["an impossible date", { changes: [entry({ date: "2026-02-30" })] }, "changes[0].date"],
    ["a missing summary", { changes: [entry({ summary: undefined })] }, "changes[0].summary"],
    ["an unknown top-level key", { changes: [], notes: "x" }, "(root)"],
    ["no changes list", { $schema: "x" }, "changes"],
  ])("rejects %s at its field", async (_name, changes, field) => {
    const issues = await loaderIssues(geodataFixture(events, changes));
    expect(issues).toEqual([{ file: "changes.json", feature: "-", field, message: expect.any(String) }]);
  });

  it("rejects a changelog that is not JSON", async () => {
    const [issue] = await loaderIssues(geodataFixture(events, "{ nope"));
    expect(issue).toMatchObject({ file: "changes.json", message: expect.stringMatching(/^not valid JSON/) });
  });

  it("ships a valid changelog that starts with the schema migration", async () => {
    const raw = JSON.parse(readFileSync(path.join(GEODATA_DIR, "changes.json"), "utf8"));
    const log = ChangeLogSchema.parse(raw);
    expect(log.changes.length).toBeGreaterThan(0);
    expect(log.changes[0]!.date).toBe("2026-11-28");
  });
});
