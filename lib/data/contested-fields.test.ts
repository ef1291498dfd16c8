import { describe, expect, it } from "vitest";
import { contestedFieldProblems, titleAttributes } from "./contested-fields";
import { makeEvent } from "../testing/event-factory";
import type { EventProperties } from "../schemas/event";

const problems = (o: Partial<EventProperties>) => contestedFieldProblems(makeEvent(o).properties);
const claimedShelling: Partial<EventProperties> = { actor: "pakistan", attribution: "claimed", contested: [], statedTarget: undefined };

describe("titleAttributes", () => {
  it.each([
    "India says Pakistani drones were intercepted over Jammu",
    "Shelling hits Poonch, Indian Army reports",
    "Aircraft wreckage at Wuyan; Pakistan claims an Indian jet downed",
    "Blast at Bahawalpur mosque, according to ISPR",
    "ISPR: Indian fire kills five in Kotli",
  ])("accepts %j", (title) => expect(titleAttributes(title)).toBe(true));

  it.each([
    "Pakistani shelling damages homes in Rajouri district",
    "Night of 24–25 April: first small-arms exchange across the LoC",
    "Pahalgam aftermath: Indian strike on a camp",
  ])("rejects %j", (title) => expect(titleAttributes(title)).toBe(false));
});

describe("contestedFieldProblems", () => {
  it("accepts the factory event and an established actor named in the title", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ title: "Indian missile strike on Muridke" })).toEqual([]);
  });

  it("rejects a title that names the accused side as fact when attribution is claimed or disputed", () => {
    const expected = [{ field: "properties.title", message: expect.stringContaining("attribution is claimed") }];
    expect(problems({ ...claimedShelling, title: "Pakistani shelling damages homes in Rajouri" })).toEqual(expected);
    expect(problems({ ...claimedShelling, attribution: "disputed", contested: ["actor"], title: "Pakistan shells Uri" })).toEqual([
      { field: "properties.title", message: expect.stringContaining("attribution is disputed") },
    ]);
  });

  it("accepts an attributed title, a title that leaves the actor out, and a place called Pakistan-administered", () => {
    expect(problems({ ...claimedShelling, title: "India says Pakistani shelling damaged homes in Rajouri" })).toEqual([]);
    expect(problems({ ...claimedShelling, title: "Shelling damages homes in Rajouri district" })).toEqual([]);
    expect(problems({ ...claimedShelling, title: "Shelling hits villages in Pakistan-administered Kashmir" })).toEqual([]);
  });

  it("rejects a contested target whose stated aim rests on the other side's source", () => {
    const pakistani = makeEvent().properties.sources[1]!;
    expect(problems({ statedTarget: { value: "militant_site", statedBy: "ISPR, quoting India", source: pakistani.url } })).toEqual([
      { field: "properties.statedTarget.source", message: expect.stringContaining("cannot rest on a source from Pakistan") },
    ]);
    // Uncontested, a report from either side of what the actor said it aimed at is acceptable.
    expect(problems({ contested: [], statedTarget: { value: "militant_site", statedBy: "India", source: pakistani.url } })).toEqual([]);
  });

  it("rejects a stated target for an unknown actor", () => {
    expect(problems({ actor: "unknown", attribution: "unknown" })).toEqual([
      { field: "properties.statedTarget", message: "an unknown actor has stated no target" },
    ]);
  });

  it("rejects an exact time when the date is contested", () => {
    expect(problems({ contested: ["date"] })).toEqual([
      { field: "properties.time", message: "the date is contested, so no exact time can be given" },
    ]);
    expect(problems({ contested: ["date"], time: undefined })).toEqual([]);
  });
});
