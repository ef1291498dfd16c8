import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GEODATA_DIR, loadGeodata } from "./load-geodata";

// Every example dataset must deploy as it is: a self-hoster copies one and edits it.
const EXAMPLES = path.join(GEODATA_DIR, "examples");
const folders = readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe("example datasets", () => {
  it("exist", () => expect(folders.length).toBeGreaterThan(0));

  it.each(folders)("%s loads with its own manifest, lines and events", async (name) => {
    const data = await loadGeodata(path.join(EXAMPLES, name));
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.boundaries.length).toBeGreaterThan(0);
    const dates = data.events.map((e) => e.properties.date);
    expect(dates[0]! >= data.dataset.period.first && dates.at(-1)! <= data.dataset.period.last).toBe(true);
  });

  it.each(folders)("%s says on every event that it is synthetic", async (name) => {
    const data = await loadGeodata(path.join(EXAMPLES, name));
    for (const { properties: p } of data.events) expect(p.title, p.id).toMatch(/^\[Synthetic\]/);
  });
});
