import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethodologyPage, METHODOLOGY_FILE, BOUNDARY_VIEWS_FILE } from "./methodology";
import { GEODATA_DIR, loadGeodata } from "./load-geodata";
import { MAX_WEAK_SHARE } from "./balance";
import { makeEvent } from "../testing/event-factory";
import { featureCollection, geodataFixture } from "../testing/geodata-fixture";
import { parseMarkdown, type Block } from "../markdown/parse-markdown";
import { SourceTypeSchema } from "../schemas/source";
import { ContestedFactSchema, PrecisionSchema } from "../schemas/event";
import { CONTESTED_LABEL } from "../events/detail-labels";

/** The slots the methodology page knows how to fill (components/about/about-page.tsx). */
const KNOWN_SLOTS = ["data-version", "verification-statuses", "attribution-statuses", "boundary-views", "changelog"];

function fixtureWithTexts(views?: string): string {
  const event = makeEvent({ id: "known-event", corrections: [{ date: "2026-12-01", note: "Moved the point to the town centre." }] });
  const dir = geodataFixture({ "a.geojson": featureCollection(event) }, { changes: [{ date: "2026-11-28", events: [], summary: "Schema migration." }] });
  writeFileSync(path.join(dir, METHODOLOGY_FILE), "# How\n\n{{data-version}}\n\n## Names\n\n{{boundary-views}}\n\n## Views\n");
  if (views) writeFileSync(path.join(dir, BOUNDARY_VIEWS_FILE), views);
  return dir;
}

describe("loadMethodologyPage", () => {
  it("gives the data's version, span, last change and merged log", async () => {
    const dir = fixtureWithTexts();
    const page = await loadMethodologyPage(dir);
    expect(page.version).toBe((await loadGeodata(dir)).version);
    expect(page).toMatchObject({ eventCount: 1, firstDate: "2025-05-07", lastDate: "2025-05-07", lastUpdated: "2026-12-01", boundaryViews: null });
    expect(page.log.map((e) => e.kind)).toEqual(["correction", "change"]);
  });

  it("embeds the boundary points of view under the naming section, with heading ids unique across both texts", async () => {
    const page = await loadMethodologyPage(fixtureWithTexts("# Views\n\nEach side's line.\n\n## India\n"));
    const headings = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "heading" ? [[b.level, b.id]] : []));
    expect(headings(page.methodology)).toEqual([[1, "how"], [2, "names"], [2, "views"]]);
    expect(headings(page.boundaryViews!)).toEqual([[3, "views-2"], [4, "india"]]);
  });
});

describe("the shipped methodology text", () => {
  const raw = readFileSync(path.join(GEODATA_DIR, METHODOLOGY_FILE), "utf8");
  const blocks = parseMarkdown(raw);
  const text = raw.replace(/\s+/g, " ");

  it("uses only slots the page fills, and each of them", () => {
    const slots = blocks.flatMap((b) => (b.type === "slot" ? [b.name] : []));
    expect([...slots].sort()).toEqual([...KNOWN_SLOTS].sort());
  });

  it("names every source type, precision and contested fact in the data's own terms, and the weak-source limit", () => {
    for (const code of [...SourceTypeSchema.options, ...PrecisionSchema.options]) expect(text, code).toContain(`\`${code}\``);
    for (const fact of ContestedFactSchema.options) expect(text).toContain(CONTESTED_LABEL[fact]);
    expect(text).toContain(`at most ${MAX_WEAK_SHARE * 100}%`);
  });

  it("states the time zones and the neutral names for the disputed territory", () => {
    for (const s of ["UTC+05:30", "UTC+05:00", "Pakistan-administered Kashmir", "Indian-administered Kashmir", "Line of Control", "Working Boundary"])
      expect(text).toContain(s);
  });

  it("sends error reports to the project's repository without inventing an address", () => {
    expect(text).toContain("open an issue in this project's repository");
    expect(text).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i);
  });
});
