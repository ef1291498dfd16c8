import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { exportCsv } from "./downloads";
import type { EventFeature } from "../lib/schemas/event";
import { ACTOR_LABEL } from "../lib/events/labels";
import { TARGET_LABEL } from "../lib/events/detail-labels";
import { THEMES } from "../lib/map/theme";
import { pagePointOf, renderedEventIds, waitForMapIdle } from "./map-helpers";

async function allEvents(page: Page): Promise<EventFeature[]> {
  return (await (await page.request.get("/api/events")).json()).features;
}

test("details of a disputed attribution say who is accused, that it is not established, and what is contested", async ({ page }) => {
  const event = (await allEvents(page)).find((e) => e.properties.attribution === "disputed")!;
  const p = event.properties;
  await page.goto(`/?day=${p.date}&event=${p.id}`);
  const details = page.getByTestId("details");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(p.title);
  await expect(details.getByTestId("attribution")).toHaveText(`attribution disputed (${ACTOR_LABEL[p.actor]} accused)`);
  await expect(details.getByTestId("attribution-status")).toHaveText("Disputed");
  await expect(details.getByTestId("attribution-section")).toContainText(`${ACTOR_LABEL[p.actor]} is the side accused; this is not established.`);
  await expect(details.getByTestId("contested")).toContainText("who carried it out");
  await expect(details.getByTestId("stated-target")).toContainText(p.statedTarget ? TARGET_LABEL[p.statedTarget.value] : "none stated by the acting side");
});

test("details of a disputed event give the stated target with who stated it and a link to the source", async ({ page }) => {
  const events = await allEvents(page);
  const event = events.find((e) => e.properties.statedTarget && ["disputed", "denied"].includes(e.properties.verification.status))!;
  const { statedTarget, sources, id, date } = event.properties;
  await page.goto(`/?day=${date}&event=${id}`);
  const stated = page.getByTestId("details").getByTestId("stated-target");
  await expect(stated).toContainText(`${TARGET_LABEL[statedTarget!.value]}, as stated by ${statedTarget!.statedBy}`);
  const publisher = sources.find((s) => s.url === statedTarget!.source)!.publisher;
  await expect(stated.getByRole("link", { name: `(${publisher})` })).toHaveAttribute("href", statedTarget!.source);
  // Each source says what kind of publisher it is and where it is based.
  await expect(page.getByTestId("source-kind").first()).toHaveText(/\((official statement|news agency|newspaper|broadcaster|research|imagery analysis|aggregator|blog \/ small site|social media), (India|Pakistan|neither side)/);
});

test("the actor filter says how many claimed or disputed attributions it includes; the attribution filter hides them", async ({ page }) => {
  const events = await allEvents(page);
  const notEstablished = events.filter((e) => e.properties.actor === "pakistan" && ["claimed", "disputed"].includes(e.properties.attribution));
  const pakistan = events.filter((e) => e.properties.actor === "pakistan");
  await page.goto("/");
  await waitForMapIdle(page);
  await page.getByRole("tab", { name: "Filters" }).click();
  const filters = page.getByTestId("filters");
  const label = filters.locator("label", { has: page.getByRole("checkbox", { name: /^Pakistan/ }) });
  await expect(label).toContainText(`Pakistan (incl. ${notEstablished.length} claimed or disputed)`);
  await expect(label).toContainText(String(pakistan.length));

  const disputed = events.filter((e) => e.properties.attribution === "disputed").map((e) => e.properties.id);
  const before = await renderedEventIds(page);
  expect(before.some((id) => disputed.includes(id))).toBe(true);
  const attribution = filters.getByRole("group", { name: "Is who acted established?" });
  await attribution.getByRole("checkbox", { name: /^Disputed/ }).uncheck();
  await expect(page).toHaveURL(/attribution=established%2Cclaimed%2Cunknown|attribution=established,claimed,unknown/);
  await waitForMapIdle(page);
  const shown = await renderedEventIds(page);
  expect(shown.length).toBeLessThan(before.length);
  for (const id of disputed) expect(shown).not.toContain(id);
  await page.getByRole("tab", { name: /Events/ }).click();
  await expect(page.getByTestId("day-events")).not.toContainText("Attribution disputed");
});

test("a disputed attribution is drawn grey, with the accused side's colour only in its badge", async ({ page }) => {
  const events = await allEvents(page);
  const point = (e: EventFeature) => (e.geometry as GeoJSON.Point).coordinates;
  // An event standing alone on its day, so no other symbol shares its pixels.
  const event = events.find(
    (e) =>
      e.properties.attribution === "disputed" &&
      e.geometry.type === "Point" &&
      !events.some((o) => o !== e && o.properties.date === e.properties.date && o.geometry.type === "Point" && Math.hypot(point(o)[0]! - point(e)[0]!, point(o)[1]! - point(e)[1]!) < 0.02),
  )!;
  const [lon, lat] = (event.geometry as GeoJSON.Point).coordinates as [number, number];
  await page.goto(`/?day=${event.properties.date}&labels=0&boundaries=0&theme=light&view=${lon},${lat},12`);
  await waitForMapIdle(page);
  const at = await pagePointOf(page, lon, lat);
  const shot = await page.screenshot({ clip: { x: at.x - 11, y: at.y - 11, width: 22, height: 22 } });
  const { PNG } = await import("pngjs");
  const png = PNG.sync.read(shot);
  const accused = hex(THEMES.light.actor[event.properties.actor]);
  const grey = hex(THEMES.light.actor.unknown);
  let accusedOutsideBadge = 0;
  let accusedInBadge = 0;
  let greyPixels = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const px = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (near(px, grey)) greyPixels++;
      if (!near(px, accused)) continue;
      if (x >= 10 && y <= 12) accusedInBadge++;
      else accusedOutsideBadge++;
    }
  expect(greyPixels).toBeGreaterThan(10);
  expect(accusedInBadge).toBeGreaterThan(5);
  expect(accusedOutsideBadge).toBe(0);
});

test("CSV carries attribution, stated target with who stated it and its source, and the contested facts", async ({ page }) => {
  const event = (await allEvents(page)).find((e) => e.properties.attribution === "disputed")!;
  await page.goto(`/?day=${event.properties.date}`);
  await waitForMapIdle(page);
  const { header, rows } = await exportCsv(page);
  for (const column of ["actor", "attribution", "stated_target", "stated_target_by", "stated_target_source", "contested"]) expect(header).toContain(column);
  const col = (name: string) => header!.indexOf(name);
  const row = rows.find((r) => r[col("id")] === event.properties.id)!;
  expect(row[col("attribution")]).toBe("disputed");
  expect(row[col("actor")]).toBe(event.properties.actor);
  expect(row[col("contested")]!.split(" | ")).toContain("actor");
  const stated = rows.find((r) => r[col("stated_target")]);
  if (stated) expect(stated[col("stated_target_source")]).toMatch(/^https:\/\//);
});

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 24);
