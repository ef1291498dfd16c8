import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { waitForMapIdle } from "./map-helpers";

/** The names a label layer has placed on screen (only labels that fit are rendered). */
function rendered(page: Page, layer: string, property = "name"): Promise<string[]> {
  return page.evaluate(
    ([layer, property]) => [...new Set(window.__strikeMap!.queryRenderedFeatures({ layers: [layer!] }).map((f) => String(f.properties[property!])))].sort(),
    [layer, property],
  );
}

/** Place names before " (": what the label shows at the opening zoom. */
const short = (places: string[]) => places.map((p) => p.split(" (")[0]!);

test("7 May opens with the struck places, countries, provinces, rivers and lines named", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__strikeMap!.getZoom())).toBeLessThan(6);
  const struck = short(await rendered(page, "event-labels", "place"));
  expect(struck).toEqual(expect.arrayContaining(["Bahawalpur", "Muridke", "Muzaffarabad", "Kotli"]));
  expect(await rendered(page, "country-labels")).toEqual(expect.arrayContaining(["India", "Pakistan"]));
  expect((await rendered(page, "province-labels")).length).toBeGreaterThanOrEqual(4);
  const rivers = await rendered(page, "river-labels");
  expect(rivers.filter((r) => ["Indus", "Jhelum", "Chenab", "Ravi", "Beas", "Sutlej"].includes(r)).length).toBeGreaterThanOrEqual(3);
  expect((await rendered(page, "boundary-labels", "kind")).length).toBeGreaterThanOrEqual(1);
});

test("on a quiet day the lines, the Kashmir regions and the cities are named", async ({ page }) => {
  await page.goto("/?day=2025-04-25&view=72.5,29.8,5.2");
  await waitForMapIdle(page);
  expect(await rendered(page, "boundary-labels", "kind")).toEqual(expect.arrayContaining(["international_border", "loc"]));
  expect(await rendered(page, "pov-labels", "label_international")).toContain("Indian-administered Jammu and Kashmir");
  expect(await rendered(page, "cities")).toEqual(expect.arrayContaining(["Islamabad", "Lahore", "New Delhi"]));
});

test("zoomed in on Jammu, the Working Boundary is named along its line", async ({ page }) => {
  await page.goto("/?day=2025-04-25&view=75.0,32.55,7.4");
  await waitForMapIdle(page);
  expect(await rendered(page, "boundary-labels", "kind")).toContain("working_boundary");
});

test("where labels collide, confirmed strikes keep their names before claims and statements", async ({ page }) => {
  await page.goto("/?day=2025-05-10");
  await waitForMapIdle(page);
  const shown = new Set(await rendered(page, "event-labels", "id"));
  // Events whose symbol is well inside the map: a label cut by the edge is not a lost collision.
  const all = await page.evaluate(() => {
    const m = window.__strikeMap!;
    const { clientWidth: w, clientHeight: h } = m.getContainer();
    return m.querySourceFeatures("events").flatMap((f) => {
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const inView = p.x > 80 && p.x < w - 80 && p.y > 40 && p.y < h - 40;
      const status = String(f.properties.status ?? f.properties.verification);
      return inView ? [{ id: String(f.properties.id), date: String(f.properties.date), kind: String(f.properties.kind), status }] : [];
    });
  });
  const day = [...new Map(all.filter((e) => e.date === "2025-05-10").map((e) => [e.id, e])).values()];
  const strike = (e: (typeof day)[number]) => e.status === "confirmed" && ["airstrike", "missile_strike", "drone_strike"].includes(e.kind);
  const share = (group: typeof day) => group.filter((e) => shown.has(e.id)).length / group.length;
  const confirmedStrikes = day.filter(strike);
  const rest = day.filter((e) => !strike(e));
  expect(confirmedStrikes.length).toBeGreaterThan(3);
  expect(share(confirmedStrikes)).toBeGreaterThanOrEqual(0.8);
  expect(share(confirmedStrikes)).toBeGreaterThan(share(rest));
});

test("on a phone the opening view still names countries and the struck places", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  expect((await rendered(page, "event-labels", "place")).length).toBeGreaterThanOrEqual(4);
  expect(await rendered(page, "country-labels")).toEqual(expect.arrayContaining(["India"]));
});

test("a city marker never shows without its name", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const layout = await page.evaluate(() => {
    const m = window.__strikeMap!;
    return { type: m.getLayer("cities")!.type, iconOptional: m.getLayoutProperty("cities", "icon-optional"), textOptional: m.getLayoutProperty("cities", "text-optional"), circles: m.getStyle().layers.filter((l) => l.type === "circle" && "source" in l && l.source === "cities").length };
  });
  expect(layout).toEqual({ type: "symbol", iconOptional: undefined, textOptional: undefined, circles: 0 });
});

async function exportPng(page: Page) {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: "PNG 1×" }).click(),
  ]);
  return PNG.sync.read(readFileSync((await download.path())!));
}

test("the PNG export of 7 May carries the place names", async ({ page }) => {
  await page.goto("/?day=2025-05-07&theme=light");
  await waitForMapIdle(page);
  const withNames = await exportPng(page);
  // The same export with the event names switched off: what differs, dark on light, is the names' ink.
  await page.evaluate(() => window.__strikeMap!.setLayoutProperty("event-labels", "visibility", "none"));
  await waitForMapIdle(page);
  const without = await exportPng(page);
  expect([without.width, without.height]).toEqual([withNames.width, withNames.height]);
  let ink = 0;
  for (let i = 0; i < withNames.data.length; i += 4) {
    const lum = (d: Buffer) => d[i]! * 0.3 + d[i + 1]! * 0.59 + d[i + 2]! * 0.11;
    if (lum(withNames.data) < 90 && lum(without.data) > 150) ink++;
  }
  expect(ink).toBeGreaterThan(1500);
});
