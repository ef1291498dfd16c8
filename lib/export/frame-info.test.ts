import { describe, expect, it } from "vitest";
import { frameInfo } from "./frame-info";
import { LIGHT } from "../map/theme";
import { makeEvent } from "../testing/event-factory";

const args = { theme: LIGHT, range: { from: "2030-03-01", to: "2030-03-01" }, metresPerPixel: 100, dataVersion: "abc", permalink: "http://x/" };

describe("frameInfo", () => {
  it("takes the title, time zones, attribution and side names and colours from the manifest", () => {
    const info = frameInfo({
      ...args,
      shown: [makeEvent({ actor: "other", attribution: "established" })],
      dataset: {
        title: "Synthetic example",
        timeZones: [{ label: "XST", name: "Example", offset: "+03:00" }],
        attribution: "Invented data.",
        sides: [{ id: "other", name: "Civil groups", colour: { light: "#009e73", dark: "#3fcf9f" } }],
      },
    });
    expect(info.title).toBe("Synthetic example");
    expect(info.note).toBe("1 events · dates are local: XST (Example) UTC+03:00");
    expect(info.attribution).toMatch(/^Invented data\. Events cite 2 publishers/);
    expect(info.legend.actors).toEqual(["other"]);
    expect(info.actorNames.other).toBe("Civil groups");
    expect(info.theme.actor.other).toBe("#009e73");
    expect(info.theme.actor.india).toBe(LIGHT.actor.india);
  });

  it("falls back to the manifest built into the app", () => {
    const info = frameInfo({ ...args, shown: [] });
    expect(info.title).toBe("India–Pakistan escalation, April–May 2025");
    expect(info.note).toBe("0 events · dates are local: IST (India) UTC+05:30, PKT (Pakistan) UTC+05:00");
  });
});
