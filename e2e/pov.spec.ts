import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PNG } from "pngjs";
import { readPngChunks } from "../lib/export/png-metadata";
import { boundaryFooter } from "../lib/pov/pov";
import { exportCsv, exportDownload } from "./downloads";
import { pagePointOf, renderedEventIds, waitForMapIdle } from "./map-helpers";

const KASHMIR = "view=76,34.3,5.6&day=2025-05-07";

/** Chooses a view in the map's settings and waits until the rebuilt map has drawn everything. */
async function choose(page: Page, pov: string) {
  await page.evaluate(() => Object.assign(window.__strikeMap!, { replaced: true }));
  await page.getByTestId("pov-select").selectOption(pov);
  // The map is rebuilt for a new view: wait for the new one to have drawn the events again.
  await page.waitForFunction(() => {
    const map = window.__strikeMap as (typeof window.__strikeMap & { replaced?: boolean }) | undefined;
    return (
      map && !map.replaced && map.getLayer("events") && document.querySelector<HTMLElement>("[data-testid=map]")?.dataset.state === "idle" &&
      map.queryRenderedFeatures({ layers: ["events"] }).length > 0
    );
  });
}

/** RGB of the map canvas at a geographic point (read from a screenshot, as a reader would see it). */
async function colourAt(page: Page, lon: number, lat: number): Promise<[number, number, number]> {
  const { x, y } = await pagePointOf(page, lon, lat);
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
  return [shot.data[0]!, shot.data[1]!, shot.data[2]!];
}

test("changing the boundary view keeps the map where the reader left it", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  // To a millionth of a degree and of a zoom level: the same view, whatever the floating point.
  const camera = () =>
    page.evaluate(() => {
      const map = window.__strikeMap!;
      const { lng, lat } = map.getCenter();
      return [lng, lat, map.getZoom()].map((v) => Math.round(v * 1e6) / 1e6);
    });
  const opened = await camera();
  await choose(page, "india");
  expect(await camera()).toEqual(opened);
  await choose(page, "international");
  expect(await camera()).toEqual(opened);
});

test("the boundary view round-trips through the URL and the selector", async ({ page }) => {
  await page.goto("/?pov=india&day=2025-05-07");
  await waitForMapIdle(page);
  await expect(page.getByTestId("pov-select")).toHaveValue("india");
  await choose(page, "pakistan");
  await expect.poll(() => new URL(page.url()).searchParams.get("pov")).toBe("pakistan");
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId("pov-select")).toHaveValue("pakistan");
  await choose(page, "international");
  await expect.poll(() => new URL(page.url()).searchParams.has("pov")).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.get("day")).toBe("2025-05-07");
});

test("each view draws Gilgit-Baltistan differently, and never moves an event", async ({ page }) => {
  await page.goto(`/?${KASHMIR}`);
  await waitForMapIdle(page);
  const events = await renderedEventIds(page);
  // A point in Gilgit-Baltistan away from labels and symbols, and one in Punjab (Pakistan) that no view changes.
  const seen: Record<string, [number, number, number]> = { international: await colourAt(page, 75.9, 35.3) };
  const punjab = await colourAt(page, 73.2, 31.9);
  for (const pov of ["india", "pakistan"]) {
    await choose(page, pov);
    seen[pov] = await colourAt(page, 75.9, 35.3);
    expect(await colourAt(page, 73.2, 31.9)).toEqual(punjab);
    expect(await renderedEventIds(page)).toEqual(events);
  }
  const distinct = new Set(Object.values(seen).map((c) => c.join()));
  expect(distinct.size, JSON.stringify(seen)).toBe(3);
});

test("a PNG export names its boundary view in the footer", async ({ page }) => {
  await page.goto(`/?${KASHMIR}&pov=india&theme=light`);
  await waitForMapIdle(page);
  const png = await exportDownload(page, "PNG 1×");
  // The footer is drawn from the same frame facts that the exporter writes into the PNG's iTXt chunks.
  const chunks = readPngChunks(png.body).filter((c) => c.type === "iTXt");
  const description = chunks.map((c) => Buffer.from(c.data).toString("utf8")).find((t) => t.startsWith("Description\0")) ?? "";
  expect(description).toContain(boundaryFooter("india"));
  expect(description).not.toContain(boundaryFooter("international"));
});

test("a CSV export records its boundary view on every row", async ({ page }) => {
  await page.goto(`/?${KASHMIR}&pov=pakistan`);
  await waitForMapIdle(page);
  const { header, rows } = await exportCsv(page);
  const view = header.indexOf("boundary_view");
  expect(view).toBeGreaterThan(-1);
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r[view]))).toEqual(new Set(["pakistan"]));
});
