import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { renderedEventIds, waitForMapIdle, watchPage } from "./map-helpers";
import { startStandaloneServer, type RunningServer } from "./standalone-server";

// The second example dataset, deployed the way a self-hoster would: same build, another geodata folder.
const EXAMPLE = path.resolve("geodata/examples/synthetic-border-drill");
const manifest = JSON.parse(readFileSync(path.join(EXAMPLE, "dataset.json"), "utf8")) as { title: string };
const events = JSON.parse(readFileSync(path.join(EXAMPLE, "events/synthetic-incidents.geojson"), "utf8")) as {
  features: { properties: { id: string; title: string } }[];
};
const ids = events.features.map((f) => f.properties.id).sort();

let server: RunningServer;
test.beforeAll(async () => {
  server = await startStandaloneServer({ GEODATA_DIR: EXAMPLE });
});
test.afterAll(async () => {
  await server?.stop();
});

test("the API serves the example's manifest and events, not the bundled ones", async ({ request }) => {
  const dataset = await (await request.get(`${server.origin}/api/dataset`)).json();
  expect(dataset.title).toBe(manifest.title);
  expect(dataset.period).toEqual({ first: "2030-03-01", last: "2030-03-10" });
  const served = await (await request.get(`${server.origin}/api/events`)).json();
  expect(served.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(ids);
  const timeline = await (await request.get(`${server.origin}/api/timeline`)).json();
  expect(timeline.days.map((d: { date: string }) => d.date)).toEqual(
    Array.from({ length: 10 }, (_, i) => `2030-03-${String(i + 1).padStart(2, "0")}`),
  );
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the page is titled after the example and draws its ten events (${viewport.width}×${viewport.height})`, async ({ page }, info) => {
    await page.setViewportSize(viewport);
    const seen = watchPage(page, server.origin);
    await page.goto(`${server.origin}/`);
    await expect(page).toHaveTitle(`${manifest.title} — Strike Map`);
    await waitForMapIdle(page);
    expect(await renderedEventIds(page)).toEqual(ids);
    await page.screenshot({ path: info.outputPath(`example-${viewport.width}.png`) });
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
}

test("the event list shows the example's events by their titles", async ({ page }) => {
  await page.goto(`${server.origin}/`);
  await waitForMapIdle(page);
  await expect(page.getByText(events.features[0]!.properties.title).first()).toBeAttached();
});
