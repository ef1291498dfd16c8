import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForMapIdle } from "./map-helpers";
import { axeViolations } from "./axe";

type Box = { x: number; y: number; width: number; height: number };
/** Within `margin` px of the box: a symbol is about 20 px across, so its centre that near is partly under it. */
const under = (p: { x: number; y: number }, b: Box, margin = 10) =>
  p.x > b.x - margin && p.x < b.x + b.width + margin && p.y > b.y - margin && p.y < b.y + b.height + margin;

/** Each point event the map draws, with its place and its position on the map's canvas. */
const drawnEvents = (page: Page) =>
  page.evaluate(() => {
    const m = window.__strikeMap!;
    return m
      .queryRenderedFeatures({ layers: ["events"] })
      .filter((f) => f.geometry.type === "Point")
      .map((f) => ({ place: String(f.properties.place), ...m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]) }));
  });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
});

test("on a phone the key is a strip that leaves every one of the day's events in view", async ({ page }) => {
  await expect(page.getByTestId("map-key")).toBeHidden();
  const strip = page.getByTestId("phone-key");
  await expect(strip.getByRole("listitem")).toHaveText(["India", "Pakistan", "Militants", "Other", "not established"]);
  const box = (await strip.boundingBox())!;
  const map = (await page.getByTestId("map").boundingBox())!;
  const drawn = await drawnEvents(page);
  // The one the card used to hide, in the south-west of the opening view.
  expect(drawn.filter((d) => d.place.includes("Bahawalpur"))).toHaveLength(1);
  const hidden = drawn.filter((d) => under({ x: map.x + d.x, y: map.y + d.y }, box)).map((d) => d.place);
  expect(hidden).toEqual([]);
});

test("on a phone Key opens the boundary view and the whole legend, and closes again from the same button", async ({ page }) => {
  const button = page.getByTestId("phone-key").getByRole("button", { name: "Key" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  const card = page.getByTestId("map-key");
  await expect(card).toBeVisible();
  await expect(card.getByTestId("pov-select")).toBeVisible();
  // The full legend, since the strip already showed the compact one.
  await expect(card.getByRole("button", { name: "Legend" })).toHaveAttribute("aria-expanded", "true");
  await expect(card).toContainText("Line of Control");
  const close = page.getByTestId("phone-key").getByRole("button", { name: "Close key" });
  await expect(close).toBeFocused();
  await expect(close).toHaveAttribute("aria-expanded", "true");
  expect(await axeViolations(page)).toEqual([]);
  await close.click();
  await expect(card).toBeHidden();
  await expect(page.getByTestId("phone-key").getByRole("listitem").first()).toHaveText("India");
});

test("from a phone's width to a wide screen the strip gives way to the card", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId("phone-key")).toBeHidden();
  await expect(page.getByTestId("map-key")).toBeVisible();
  await expect(page.getByTestId("map-key").getByRole("button", { name: "Legend" })).toHaveAttribute("aria-expanded", "false");
});

test("between a phone's width and md the opening fit keeps the story clear of the strip", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto("/");
  await waitForMapIdle(page);
  const box = (await page.getByTestId("phone-key").boundingBox())!;
  const map = (await page.getByTestId("map").boundingBox())!;
  const drawn = await drawnEvents(page);
  expect(drawn.length).toBeGreaterThan(20);
  expect(drawn.filter((d) => under({ x: map.x + d.x, y: map.y + d.y }, box)).map((d) => d.place)).toEqual([]);
  expect(warnings.filter((w) => /cannot fit/i.test(w))).toEqual([]);
});
