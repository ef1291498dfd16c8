import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PNG } from "pngjs";
import { parseCsv } from "../lib/export/parse-csv";
import { CSV_COLUMNS } from "../lib/export/csv";
import { readPngChunks } from "../lib/export/png-metadata";
import { PNG_PRESETS } from "../lib/export/presets";
import { waitForMapIdle } from "./map-helpers";
import { exportDownload } from "./downloads";
import { decodeVideo } from "./video-decode";
import { compareRegion, countColour, largestBlackSquare } from "./image-compare";

/** Exported files are kept here for a person to look at after a run. */
const OUT = "test-results/exports";
const keep = (name: string, body: Buffer) => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}`, body);
};

async function exportFile(page: Page, item: string | RegExp, timeout = 60_000) {
  const file = await exportDownload(page, item, timeout);
  keep(file.name, file.body);
  return file;
}

async function exportAnimation(page: Page, format: "MP4" | "WebM", size: string, secondsPerDay: string) {
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: /Animation/ }).click();
  const dialog = page.getByRole("dialog", { name: "Export an animation" });
  await dialog.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  await dialog.getByLabel("Size").selectOption(size);
  await dialog.getByLabel("Seconds per day").selectOption(secondsPerDay);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), dialog.getByRole("button", { name: `Export ${format}` }).click()]);
  const body = readFileSync((await download.path())!);
  keep(download.suggestedFilename(), body);
  return { name: download.suggestedFilename(), body };
}

/** The frame's own facts, as the exporter wrote them into the PNG's iTXt chunks. */
function pngText(body: Buffer): Record<string, string> {
  return Object.fromEntries(
    readPngChunks(body)
      .filter((c) => c.type === "iTXt")
      .map((c) => {
        const text = Buffer.from(c.data).toString("utf8");
        const key = text.slice(0, text.indexOf("\0"));
        return [key, text.slice(key.length + 5)];
      }),
  );
}

const apiCount = async (page: Page, query: string) => (await (await page.request.get(`/api/events?${query}`)).json()).features.length as number;
const LIGHT = { india: "#d55e00", loc: "#b0003a" };

test("PNG 2× as on screen: twice the pane, framed, with its own facts, and no black or transparent legend squares", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const box = (await page.getByTestId("map").boundingBox())!;
  const { name, body } = await exportFile(page, "PNG 2×");
  expect(name).toBe("strike-map-2025-05-07@2x.png");
  const png = PNG.sync.read(body);
  expect(png.width).toBe(Math.round(box.width) * 2);
  expect(png.height).toBeGreaterThan(Math.round(box.height) * 2);
  const text = pngText(body);
  expect(text.Title).toContain("7 May 2025");
  expect(text.Description).toContain(`${await apiCount(page, "date=2025-05-07")} events`);
  expect(text.Description).toContain("No filters");
  expect(text.Source).toMatch(/\/\?day=2025-05-07(&|$)/);
  let transparent = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i]! < 255) transparent++;
  expect(transparent).toBe(0);
  const below = { x: 0, y: Math.round(png.height * 0.6), w: png.width, h: Math.round(png.height * 0.4) };
  expect(largestBlackSquare(png, below)).toBeLessThan(6);
});

test("each PNG preset has exactly its size (300 dpi written for A4), frames the events, and states filters and lines", async ({ page }) => {
  test.setTimeout(120_000);
  const query = "day=2025-05-07&actor=india&verification=confirmed,disputed";
  await page.goto(`/?${query}`);
  await waitForMapIdle(page);
  const count = await apiCount(page, "date=2025-05-07&actor=india&verification=confirmed,disputed");
  expect(count).toBeGreaterThan(1);
  for (const preset of PNG_PRESETS) {
    const { name, body } = await exportFile(page, `PNG ${preset.label}`);
    expect(name).toBe(`strike-map-2025-05-07-${preset.id}.png`);
    const png = PNG.sync.read(body);
    expect([png.width, png.height]).toEqual([preset.width, preset.height]);
    const phys = readPngChunks(body).find((c) => c.type === "pHYs");
    if (preset.dpi) {
      const v = new DataView(phys!.data.buffer, phys!.data.byteOffset, 9);
      expect([v.getUint32(0), v.getUint32(4), v.getUint8(8)]).toEqual([11811, 11811, 1]);
    } else expect(phys).toBeUndefined();
    const text = pngText(body);
    expect(text.Description).toContain(`${count} events`);
    // Framed on the events: every one of them is in the picture.
    expect(text.Description).not.toContain("in this view");
    expect(text.Description).toContain("Filters: India only · Confirmed and disputed only");
    expect(text.Description).toMatch(/Lines \(de facto\): [^;]*Line of Control/);
    expect(text.Description).toMatch(/Who acted \(colour\): India \(\d+\)/);
  }
  // The social card's side panel draws the legend: India's colour and the Line of Control's, no black squares.
  const card = PNG.sync.read(readFileSync(`${OUT}/strike-map-2025-05-07-1200x675.png`));
  const panel = { x: 880, y: 0, w: 320, h: 620 };
  expect(countColour(card, LIGHT.india, panel, 30)).toBeGreaterThan(20);
  expect(countColour(card, LIGHT.loc, panel, 30)).toBeGreaterThan(10);
  expect(largestBlackSquare(card, panel)).toBeLessThan(6);
});

test("every animation frame is its own day: MP4 frames decoded exactly match the PNG export of that day", async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  // India's missile strikes all fall on 7 May: the animation's framing (all its events) then equals the
  // 7 May PNG's framing, so whole frames can be compared, not only their text.
  const filter = "actor=india&kind=missile_strike";
  const days: string[] = (await (await page.request.get("/api/timeline")).json()).days.map((d: { date: string }) => d.date);
  const may7 = days.indexOf("2025-05-07");
  expect(may7).toBeGreaterThan(5);
  await page.goto(`/?day=2025-05-07&${filter}`);
  await waitForMapIdle(page);
  const square = PNG_PRESETS.find((p) => p.id === "1080x1080")!;
  const dayPng = PNG.sync.read((await exportFile(page, `PNG ${square.label}`)).body);
  const video = await exportAnimation(page, "MP4", "1080x1080", "0.5");
  expect(video.name).toBe(`strike-map-${days[0]}_${days.at(-1)}-1080x1080.mp4`);
  await page.goto(`/?day=2025-04-22&${filter}`);
  await waitForMapIdle(page);
  const emptyDayPng = PNG.sync.read((await exportFile(page, `PNG ${square.label}`)).body);
  await page.goto(`/?${filter}`);
  await waitForMapIdle(page);
  const allPng = PNG.sync.read((await exportFile(page, `PNG ${square.label}`)).body);

  // 0.5 s a day at 24 fps is 12 frames a day; the closing frame holds 3 s (72 frames).
  const mid = (i: number) => i * 0.5 + 0.25;
  const closing = days.length * 0.5 + 1.5;
  const decoded = await decodeVideo(context, baseURL!, video.body, [mid(may7), mid(0), closing]);
  expect(decoded.container).toMatch(/MP4/i);
  expect(decoded.codec).toBe("avc");
  expect([decoded.width, decoded.height]).toEqual([1080, 1080]);
  expect(decoded.packets).toHaveLength(days.length * 12 + 72);
  expect(decoded.duration).toBeCloseTo(days.length * 0.5 + 3, 2);
  // Each day starts on a key frame and holds, the last day included.
  for (let i = 0; i < days.length; i++) expect(decoded.packets[i * 12]!.key).toBe(true);
  expect(decoded.packets.at(-73)!.timestamp).toBeCloseTo((days.length - 1) * 0.5 + 11 / 24, 3);

  const [may7Frame, firstFrame, closingFrame] = decoded.frames;
  decoded.frames.forEach((f, i) => keep(`decoded-frame-${i}.png`, PNG.sync.write(f)));
  const whole = { x: 0, y: 0, w: 1080, h: 1080 };
  // Tolerance: H.264 at high quality is lossy (about 0.6/255 mean error here); a mean error under 2/255 with
  // under 0.2% of pixels off by more than 48 allows that noise, not another day's text or symbols (2.5% off).
  const tolerance = { mean: 2, outliers: 0.002 };
  for (const [frame, png] of [[may7Frame!, dayPng], [closingFrame!, allPng]] as const) {
    const diff = compareRegion(frame, png, whole);
    expect(diff.mean).toBeLessThan(tolerance.mean);
    expect(diff.outliers).toBeLessThan(tolerance.outliers);
  }
  // 22 April has none of these events: the frame's text (above and below the map) is the 22 April PNG's.
  const head = { x: 0, y: 0, w: 1080, h: 120 };
  const foot = { x: 0, y: 860, w: 1080, h: 220 };
  for (const region of [head, foot]) expect(compareRegion(firstFrame!, emptyDayPng, region).mean).toBeLessThan(tolerance.mean);
  // …and it differs from the 7 May frame's text, so no frame borrows another's facts.
  expect(compareRegion(firstFrame!, may7Frame!, head).outliers).toBeGreaterThan(0.01);
});

test("WebM (VP9) holds every day for its duration, then a closing frame, with legend icons drawn", async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  await page.goto("/");
  await waitForMapIdle(page);
  const timeline: { date: string; count: number }[] = (await (await page.request.get("/api/timeline")).json()).days;
  const days = timeline.map((d) => d.date);
  // A day with no events, read from the data rather than written here.
  const empty = timeline.find((d) => d.count === 0)!.date;
  // Half a second a day (12 frames at 24 fps), as the MP4 test: the encoder's time, not the rule, grows with it.
  const video = await exportAnimation(page, "WebM", "1280x720", "0.5");
  expect(video.name).toBe(`strike-map-${days[0]}_${days.at(-1)}-1280x720.webm`);
  const at = (day: string) => days.indexOf(day) * 0.5 + 0.25;
  const decoded = await decodeVideo(context, baseURL!, video.body, [at("2025-04-22"), at(empty), at("2025-05-10"), days.length * 0.5 + 1.5]);
  expect(decoded.container).toMatch(/WebM/i);
  expect(decoded.codec).toMatch(/^vp[89]$/);
  expect(decoded.packets).toHaveLength(days.length * 12 + 72);
  decoded.frames.forEach((f, i) => keep(`decoded-webm-${i}.png`, PNG.sync.write(f)));
  const [apr22, none, may10, close] = decoded.frames;
  const panel = { x: 940, y: 0, w: 340, h: 660 };
  const head = { x: 940, y: 0, w: 340, h: 110 };
  // Four different frames say four different things at the top of the panel.
  for (const [a, b] of [[apr22, none], [none, may10], [may10, close]] as const) expect(compareRegion(a!, b!, head).outliers).toBeGreaterThan(0.01);
  for (const frame of decoded.frames) expect(largestBlackSquare(frame, panel)).toBeLessThan(6);
  // 10 May's legend names India's colour; a day with no events draws no event symbol in its legend.
  expect(countColour(may10!, LIGHT.india, panel, 40)).toBeGreaterThan(20);
  expect(countColour(none!, LIGHT.india, panel, 40)).toBe(0);
});

test("cancelling an animation stops it and offers no file", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: /Animation/ }).click();
  await page.getByRole("dialog", { name: "Export an animation" }).getByRole("button", { name: /^Export/ }).click();
  const progress = page.getByTestId("export-progress");
  await expect(progress).toContainText(/frame \d+ of \d+/);
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole("alert").filter({ hasText: /failed/ })).toHaveCount(0);
  expect(downloaded).toBe(false);
});

test("GeoJSON holds the shown events with the data version, the days and the filters", async ({ page }) => {
  await page.goto("/?day=2025-05-10&actor=pakistan");
  await waitForMapIdle(page);
  const { name, body } = await exportFile(page, "GeoJSON");
  expect(name).toBe("strike-map-2025-05-10.geojson");
  const fc = JSON.parse(body.toString("utf8"));
  const api = (await (await page.request.get("/api/events?date=2025-05-10&actor=pakistan")).json()).features;
  expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(api.map((f: { properties: { id: string } }) => f.properties.id).sort());
  expect(fc.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  expect(fc.days).toEqual({ from: "2025-05-10", to: "2025-05-10", mode: "day" });
  expect(fc.filters).toEqual({ actor: ["pakistan"], kind: null, verification: null, attribution: null, inWords: ["Pakistan only"] });
});

test("CSV has casualty ranges with who reported them, attribution and stated target, and survives a strict read", async ({ page }) => {
  await page.goto("/?day=2025-05-07&actor=india");
  await waitForMapIdle(page);
  const { name, body } = await exportFile(page, "CSV");
  expect(name).toBe("strike-map-2025-05-07.csv");
  const rows = parseCsv(body.toString("utf8"));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  const api = (await (await page.request.get("/api/events?date=2025-05-07&actor=india")).json()).features;
  expect(rows.slice(1)).toHaveLength(api.length);
  const col = (row: string[], c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)]!;
  const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
  type Report = { killed?: number; injured?: number; reportedBy: string };
  let withCasualties = 0;
  for (const f of api) {
    const row = byId.get(f.properties.id)!;
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(col(row, "title")).toBe(f.properties.title);
    expect(col(row, "attribution")).toBe(f.properties.attribution);
    expect(col(row, "stated_target")).toBe(f.properties.statedTarget?.value ?? "");
    expect(col(row, "stated_target_source")).toBe(f.properties.statedTarget?.source ?? "");
    const reports: Report[] = f.properties.casualties ?? [];
    const killed = reports.flatMap((r) => (r.killed === undefined ? [] : [r.killed]));
    expect(col(row, "killed_low")).toBe(killed.length ? String(Math.min(...killed)) : "");
    expect(col(row, "killed_high")).toBe(killed.length ? String(Math.max(...killed)) : "");
    for (const r of reports) expect(col(row, "casualty_reports")).toContain(`reported by ${r.reportedBy}`);
    if (reports.length) withCasualties++;
  }
  expect(withCasualties).toBeGreaterThan(0);
});

test("the embed shows the map, legend and playback without the app chrome", async ({ page }) => {
  await page.goto("/embed?day=2025-05-07");
  await waitForMapIdle(page);
  await expect(page.getByTestId("current-day")).toHaveText("7 May 2025");
  await expect(page.getByTestId("legend")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export" })).toHaveCount(0);
  await expect(page.getByRole("tab")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /open the full map/ })).toHaveAttribute("href", /^\/\?day=2025-05-07(&|$)/);
  // The link follows the reader's day steps inside the frame.
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.getByRole("link", { name: /open the full map/ })).toHaveAttribute("href", /^\/\?day=2025-05-08(&|$)/);
});

test("Copy embed code gives an iframe snippet for the current view", async ({ page }) => {
  await page.goto("/?day=2025-05-07&mode=cumulative");
  await waitForMapIdle(page);
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: "Copy embed code" }).click();
  const code = await page.getByTestId("embed-code").inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?day=2025-05-07&mode=cumulative[^"]*"/);
});
