import { expect, test } from "./fixtures";
import { pagePointOf, renderedEventIds, waitForMapIdle, watchPage } from "./map-helpers";

const MURIDKE = "2025-05-07-muridke-markaz-taiba";

test("the map draws offline, with no console error and no request to another host", async ({ page, baseURL }) => {
  const seen = watchPage(page, baseURL!);
  await page.goto("/");
  await waitForMapIdle(page);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect((await renderedEventIds(page)).length).toBeGreaterThan(40);
  await expect(page.getByText("Natural Earth").first()).toBeVisible();
});

test("clicking a strike opens its details with claims and sources; Esc closes them", async ({ page }) => {
  // Zoomed in on Muridke so the click lands on that one event.
  await page.goto("/?day=2025-05-07&view=74.26,31.81,10");
  await waitForMapIdle(page);
  const muridke = await page.evaluate(
    (id) => window.__strikeMap!.querySourceFeatures("events").find((f) => f.properties.id === id)!.geometry,
    MURIDKE,
  );
  const [lon, lat] = (muridke as GeoJSON.Point).coordinates as [number, number];
  const at = await pagePointOf(page, lon, lat);
  await page.mouse.click(at.x, at.y);

  const details = page.getByTestId("details");
  await expect(details.getByRole("heading", { level: 2 })).toContainText("Muridke");
  await expect(page).toHaveURL(new RegExp(`event=${MURIDKE}`));
  await expect(details.getByTestId("claims")).toContainText("India");
  await expect(details.getByTestId("claims")).toContainText("Pakistan");
  const links = details.getByTestId("sources").getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\//);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test("an event link opens its details straight away", async ({ page }) => {
  await page.goto("/?event=2025-04-22-pahalgam-baisaran-attack");
  await expect(page.getByTestId("details").getByRole("heading", { level: 2 })).toContainText("Baisaran");
  await expect(page.getByTestId("verification")).toHaveText("Confirmed");
});

test("choosing an event from the list selects it", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  await page.getByTestId("day-events").getByRole("button", { name: /Markaz Taiba|Muridke/ }).first().click();
  await expect(page.getByTestId("details").getByRole("heading", { level: 2 })).toContainText("Muridke");
});

test("unticking an actor removes its events from the map and the list, and is kept in the URL", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const before = await renderedEventIds(page);
  await page.getByRole("tab", { name: "Filters" }).click();
  const filters = page.getByTestId("filters");
  await filters.getByRole("checkbox", { name: /^India/ }).uncheck();
  await expect(page).toHaveURL(/actor=pakistan%2Cmilitants%2Cother|actor=pakistan,militants,other/);
  await waitForMapIdle(page);
  const after = await renderedEventIds(page);
  expect(after.length).toBeLessThan(before.length);
  expect(after).not.toContain(MURIDKE);
  expect(before).toContain(MURIDKE);
  await page.reload();
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual(after);
});

test("claimed and confirmed events are drawn differently and the legend names both", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const legend = page.getByTestId("legend");
  // Collapsed at first to a compact key of the colours; opened, it names every fill and line.
  // Every side's colour, the catch-all "Other" included, and the grey of an actor not established.
  await expect(page.getByTestId("compact-key").getByRole("listitem")).toHaveText(["India", "Pakistan", "Militants", "Other", "not established"]);
  await legend.getByRole("button", { name: "Legend" }).click();
  for (const word of ["Confirmed", "Claimed", "Disputed", "Denied", "Reported", "Line of Control", "Working Boundary", "International border"])
    await expect(legend).toContainText(word);
  const icons = await page.evaluate(() => {
    const map = window.__strikeMap!;
    // The icon MapLibre resolved for each drawn feature: it encodes kind, actor and verification.
    const icon = (f: { layer: { layout?: object } }) => ((f.layer.layout as Record<string, { name?: string }>)["icon-image"])?.name;
    return [...new Set(map.queryRenderedFeatures({ layers: ["events"] }).map(icon))];
  });
  const statuses = new Set(icons.map((n) => String(n).split(":")[4]));
  expect(statuses).toContain("confirmed");
  expect(statuses).toContain("claimed");
});

test("on a phone the map stays tall, nothing scrolls sideways, and details open as a bottom sheet", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?event=2025-05-07-muridke-markaz-taiba");
  await waitForMapIdle(page);
  const map = (await page.getByTestId("map").boundingBox())!;
  expect(map.height).toBeGreaterThanOrEqual(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const sheet = (await page.getByTestId("details").boundingBox())!;
  expect(sheet.width).toBeGreaterThanOrEqual(380);
  // The sheet covers the map's lower part only: the play controls stay visible and in reach below it.
  const play = (await page.getByRole("button", { name: "Play" }).boundingBox())!;
  expect(play.y).toBeGreaterThanOrEqual(sheet.y + sheet.height);
  expect(play.y + play.height).toBeLessThanOrEqual(844);
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.getByTestId("current-day")).toHaveText("22 April 2025");
  // The key stays a strip; its card opens only when asked for (phone-key.spec.ts).
  await expect(page.getByTestId("phone-key").getByRole("button", { name: "Key" })).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("map-key")).toBeHidden();
});

test("the zoom buttons are named, zoom the map, and follow its zoom limit", async ({ page }) => {
  await page.goto("/?view=74.3,31.5,5");
  await waitForMapIdle(page);
  const zoom = () => page.evaluate(() => window.__strikeMap!.getZoom());
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  const zoomOut = page.getByRole("button", { name: "Zoom out" });
  const before = await zoom();
  // A limit one step up: reached by one press, without drawing the map at its deepest zoom.
  await page.evaluate((z) => window.__strikeMap!.setMaxZoom(z), before + 1);
  await expect(zoomIn).toBeEnabled();
  await zoomIn.click();
  await expect.poll(zoom).toBeCloseTo(before + 1, 1);
  await expect(zoomIn).toBeDisabled();
  await zoomOut.click();
  await expect.poll(zoom).toBeCloseTo(before, 1);
  await expect(zoomIn).toBeEnabled();
  await expect(zoomOut).toBeEnabled();
});
