import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { GET as getEvents } from "../events/route";
import { TimelineSchema } from "@/lib/schemas/api";
import { EventCollectionSchema } from "@/lib/schemas/event";

const get = (qs = "") => GET(new Request(`http://localhost/api/timeline${qs}`));

describe("GET /api/timeline", () => {
  it("has every day from the first to the last event, and counts that add up to the events", async () => {
    const { days } = TimelineSchema.parse(await (await get()).json());
    const events = EventCollectionSchema.parse(await (await getEvents(new Request("http://localhost/api/events"))).json());
    expect(days[0]?.date).toBe("2025-04-22");
    expect(days.at(-1)?.date).toBe("2025-05-20");
    expect(days).toHaveLength(29);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(events.features.length);
    const may7 = days.find((d) => d.date === "2025-05-07")!;
    expect(may7.count).toBe(events.features.filter((f) => f.properties.date === "2025-05-07").length);
  });

  it("keeps the full span when filtered", async () => {
    const { days } = TimelineSchema.parse(await (await get("?actor=militants")).json());
    expect(days).toHaveLength(29);
    expect(days.every((d) => d.count === (d.byActor.militants ?? 0))).toBe(true);
  });

  it("answers 400 to a date parameter", async () => {
    const res = await get("?date=2025-05-07");
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: "date", message: "unknown parameter" }]);
  });
});
