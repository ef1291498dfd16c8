import { readFileSync } from "node:fs";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PNG } from "pngjs";
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

test("the boundary view round-trips through the URL and the selector", async ({ page }) => {
  await page.goto("/?pov=india&day=2025-05-07");
  await waitForMapIdle(page);
  await expect(page.getByTestId("pov-select")).toHaveValue("india");
  await choose(page, "pakistan");
  expect(new URL(page.url()).searchParams.get("pov")).toBe("pakistan");
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId("pov-select")).toHaveValue("pakistan");
  await choose(page, "international");
  expect(new URL(page.url()).searchParams.has("pov")).toBe(false);
  expect(new URL(page.url()).searchParams.get("day")).toBe("2025-05-07");
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

/** 1 where a pixel is dark ink on the light frame, 0 elsewhere. */
const ink = (r: number, g: number, b: number) => (0.299 * r + 0.587 * g + 0.114 * b < 128 ? 1 : 0);

/** The text as the browser draws it in the export's footer font: a 0/1 mask, `w` × `h`. */
function textMask(page: Page, text: string) {
  return page.evaluate((t) => {
    const font = '11px "Noto Sans", sans-serif';
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.font = font;
    const [w, h] = [Math.ceil(probe.measureText(t).width), 16];
    const canvas = document.createElement("canvas");
    Object.assign(canvas, { width: w, height: h });
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, w, h);
    ctx.font = font;
    // The footer's ink in the light theme (theme.cityText), so antialiased edges binarise alike.
    ctx.fillStyle = "#2b2b2b";
    ctx.fillText(t, 0, 12);
    const d = ctx.getImageData(0, 0, w, h).data;
    const bits: number[] = [];
    for (let i = 0; i < d.length; i += 4) bits.push(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]! < 128 ? 1 : 0);
    return { w, h, bits };
  }, text);
}

/** Smallest share of the mask's ink that differs, over every row of the footer the text could start on (at x = 12). */
function bestMatch(png: PNG, mask: { w: number; h: number; bits: number[] }, fromY: number): number {
  const inkCount = mask.bits.reduce((s, b) => s + b, 0);
  let best = 1;
  for (let y0 = fromY; y0 + mask.h <= png.height; y0++) {
    let diff = 0;
    for (let y = 0; y < mask.h && diff < best * inkCount; y++)
      for (let x = 0; x < mask.w; x++) {
        const i = ((y0 + y) * png.width + 12 + x) * 4;
        if (ink(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) !== mask.bits[y * mask.w + x]) diff++;
      }
    best = Math.min(best, diff / inkCount);
  }
  return best;
}

async function exportPng(page: Page) {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: "PNG 1×" }).click(),
  ]);
  return PNG.sync.read(readFileSync((await download.path())!));
}

test("a PNG export names its boundary view in the footer", async ({ page }) => {
  await page.goto(`/?${KASHMIR}&pov=india&theme=light`);
  await waitForMapIdle(page);
  const mapHeight = Math.round((await page.getByTestId("map").boundingBox())!.height);
  const india = await textMask(page, "Boundaries: India's official depiction (Survey of India)");
  const international = await textMask(page, "Boundaries: international (de facto) depiction");
  const png = await exportPng(page);
  expect(bestMatch(png, india, mapHeight)).toBeLessThan(0.05);
  expect(bestMatch(png, international, mapHeight)).toBeGreaterThan(0.2);
});
