import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { PNG } from "pngjs";
import { parseCsv } from "../lib/export/parse-csv";
import { CSV_COLUMNS } from "../lib/export/csv";
import { waitForMapIdle } from "./map-helpers";
import { inspectWebm } from "./webm";

async function exportFile(page: Page, item: string, timeout = 60_000) {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout }),
    page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: item }).click(),
  ]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

const idsOn = async (page: Page, date: string) =>
  (await (await page.request.get(`/api/events?date=${date}`)).json()).features.map((f: { properties: { id: string } }) => f.properties.id).sort();

test("PNG 2× is twice the map's width, framed, not blank, and named with the day", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const box = (await page.getByTestId("map").boundingBox())!;
  const { name, body } = await exportFile(page, "PNG 2×");
  expect(name).toBe("strike-map-2025-05-07@2x.png");
  const png = PNG.sync.read(body);
  expect(png.width).toBe(Math.round(box.width) * 2);
  expect(png.height).toBeGreaterThan(Math.round(box.height) * 2);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(100);
});

test("GeoJSON holds exactly the shown day's events", async ({ page }) => {
  await page.goto("/?day=2025-05-10");
  await waitForMapIdle(page);
  const { name, body } = await exportFile(page, "GeoJSON");
  expect(name).toBe("strike-map-2025-05-10.geojson");
  const fc = JSON.parse(body.toString("utf8"));
  expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(await idsOn(page, "2025-05-10"));
  expect(fc.dataVersion).toMatch(/^[0-9a-f]{16}$/);
});

test("CSV has the documented header and survives a strict RFC 4180 read", async ({ page }) => {
  await page.goto("/?day=2025-05-07&actor=india");
  await waitForMapIdle(page);
  const { name, body } = await exportFile(page, "CSV");
  expect(name).toBe("strike-map-2025-05-07.csv");
  const rows = parseCsv(body.toString("utf8"));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  const api = (await (await page.request.get("/api/events?date=2025-05-07&actor=india")).json()).features;
  expect(rows.slice(1)).toHaveLength(api.length);
  for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
  const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
  for (const f of api) {
    const row = byId.get(f.properties.id)!;
    expect(row[CSV_COLUMNS.indexOf("title")]).toBe(f.properties.title);
    expect(row[CSV_COLUMNS.indexOf("summary")]).toBe(f.properties.summary);
  }
});

test("the animation is a WebM with one frame per day", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/");
  await waitForMapIdle(page);
  const days = (await (await page.request.get("/api/timeline")).json()).days.length;
  const { name, body } = await exportFile(page, "Animation (WebM)", 200_000);
  expect(name).toBe("strike-map-2025-04-22_2025-05-20.webm");
  expect(body.subarray(0, 4).toString("hex")).toBe("1a45dfa3");
  expect(inspectWebm(body)).toEqual({ docType: "webm", frames: days });
});

test("the embed shows the map, legend and playback without the app chrome", async ({ page }) => {
  await page.goto("/embed?day=2025-05-07");
  await waitForMapIdle(page);
  await expect(page.getByTestId("current-day")).toHaveText("7 May 2025");
  await expect(page.getByTestId("legend")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export" })).toHaveCount(0);
  await expect(page.getByRole("tab")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /open the full map/ })).toHaveAttribute("href", /^\/\?day=2025-05-07(&|$)/);
});

test("Copy embed code gives an iframe snippet for the current view", async ({ page }) => {
  await page.goto("/?day=2025-05-07&mode=cumulative");
  await waitForMapIdle(page);
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: "Copy embed code" }).click();
  const code = await page.getByTestId("embed-code").inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?day=2025-05-07&mode=cumulative[^"]*"/);
});
