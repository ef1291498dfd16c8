import { describe, expect, it } from "vitest";
import { actorTable } from "./actor-table";
import { importText } from "./import-file";
import { DEFAULT_ACTOR_MAPPING } from "./acled-actors";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";

const rows = (specs: [actor: string, inter: string][]) =>
  importText(acledCsv(specs.map(([actor1, inter1], i) => makeAcledRow({ event_id_cnty: `SYN${i}`, actor1, inter1 }))), { fileName: "a.csv", format: "acled" }).events;

describe("the actor table of an ACLED import", () => {
  it("counts each actor under each actor type apart, most events first, then by name", () => {
    const events = rows([
      ["Synthetic Front", "2"],
      ["Military Forces of India (2014-)", "1"],
      ["Synthetic Front", "2"],
      ["Synthetic Front", "3"],
      ["Military Forces of India (2014-)", "1"],
      ["Synthetic Front", "2"],
      ["Another Front", "2"],
    ]);
    expect(actorTable(events, DEFAULT_ACTOR_MAPPING)).toEqual([
      { actor: "Synthetic Front", actorType: "2", side: "militants", rule: "actor type", events: 3 },
      { actor: "Military Forces of India (2014-)", actorType: "1", side: "india", rule: "state forces' country", events: 2 },
      { actor: "Another Front", actorType: "2", side: "militants", rule: "actor type", events: 1 },
      { actor: "Synthetic Front", actorType: "3", side: "militants", rule: "actor type", events: 1 },
    ]);
  });

  it("shows the side a changed mapping gives, and nothing for events that are not ACLED's", () => {
    const events = rows([["Synthetic Front", "2"]]);
    const mapping = { ...DEFAULT_ACTOR_MAPPING, actors: { "Synthetic Front": "other" as const } };
    expect(actorTable(events, mapping)).toEqual([{ actor: "Synthetic Front", actorType: "2", side: "other", rule: "actor name", events: 1 }]);
    const notAcled = events.map((e) => ({ ...e, properties: { ...e.properties, imported: { ...e.properties.imported, format: "csv" as const } } }));
    expect(actorTable(notAcled, mapping)).toEqual([]);
  });
});
