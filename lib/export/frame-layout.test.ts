import { describe, expect, it } from "vitest";
import { EventKindSchema, VerificationStatusSchema } from "../schemas/event";
import { ActorSchema, AttributionSchema } from "../schemas/parties";
import { BoundaryKindSchema } from "../schemas/boundary";
import { ANIMATION_SIZES, PNG_PRESETS } from "./presets";
import { fixedLayout, screenLayout } from "./frame-layout";
import { legendGroups, placeFrameLegend, placeLegend } from "./frame-legend";
import type { FrameLegend } from "./frame-info";

/** Everything at once: every kind, actor, status, attribution and line, and faded earlier days. */
const FULL: FrameLegend = {
  kinds: EventKindSchema.options.map((value) => ({ value, count: 12 })),
  actors: ActorSchema.options.map((value) => ({ value, count: 12 })),
  statuses: VerificationStatusSchema.options.map((value) => ({ value, count: 12 })),
  attributions: AttributionSchema.options.map((value) => ({ value, count: 12, actor: "pakistan" as const })),
  lines: [...BoundaryKindSchema.options],
  fadedEarlierDays: true,
};

describe("frame layouts", () => {
  for (const preset of [...PNG_PRESETS, ...ANIMATION_SIZES]) {
    it(`${preset.label}: output of exactly its size, a map of whole units inside it, and room for the fullest legend`, () => {
      const layout = fixedLayout(preset.width, preset.height);
      expect([layout.width, layout.height]).toEqual([preset.width, preset.height]);
      const { map } = layout;
      expect(Number.isInteger(map.w) && Number.isInteger(map.h)).toBe(true);
      expect(map.w * layout.unit).toBeLessThanOrEqual(preset.width + 1e-9);
      expect((map.y + map.h) * layout.unit).toBeLessThanOrEqual(preset.height + 1e-9);
      expect(map.h).toBeGreaterThan(300);
      // The side panel's legend starts below the facts, which may take two lines more than planned.
      const sidePanel = layout.legend.x >= map.x + map.w;
      const placed = placeFrameLegend(legendGroups(FULL), layout, sidePanel ? layout.legend.y + 30 : layout.legend.y);
      expect(placed.overflow).toBe(0);
    });
  }

  it("as on screen, scales the pane exactly and grows below it for the legend", () => {
    const layout = screenLayout(900, 600, 4, 200);
    expect(layout.width).toBe(3600);
    expect(layout.map).toEqual({ x: 0, y: layout.info.y + layout.info.h, w: 900, h: 600 });
    expect(layout.height).toBeGreaterThan((layout.map.y + 600 + 200) * 4);
  });
});

describe("legend placement", () => {
  it("repeats a group's title when it runs on into the next column", () => {
    const groups = [{ title: "Who acted: attribution", items: ["a", "b", "c", "d"].map((label) => ({ label, symbol: { type: "none" as const } })) }];
    const placed = placeLegend(groups, { x: 0, y: 0, w: 200, h: 19 + 2 * 17 }, 2);
    expect(placed.overflow).toBe(0);
    expect(placed.entries.filter((e) => e.header).map((e) => [e.label, e.x])).toEqual([
      ["Who acted: attribution", 0],
      ["Who acted: attribution (cont.)", 100],
    ]);
  });
});
