import { expect, test } from "./fixtures";
import { renderedEventIds, waitForMapIdle } from "./map-helpers";
import { axeViolations } from "./axe";

test("an API error shows a notice with Retry, keeps the rest of the map, and Retry recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/api/events", (route) =>
    fail ? route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"boom","issues":[]}' }) : route.continue(),
  );
  await page.goto("/");
  const alert = page.getByTestId("data-error");
  await expect(alert).toContainText("Could not load events");
  // The lines still load and draw while the events are missing.
  await expect.poll(() => page.evaluate(() => window.__strikeMap?.queryRenderedFeatures({ layers: ["boundary-lines-loc"] }).length ?? 0)).toBeGreaterThan(0);
  fail = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId("data-error")).toHaveCount(0);
  expect((await renderedEventIds(page)).length).toBeGreaterThan(40);
});

test("a network failure on retry keeps the last good data on the map", async ({ page }) => {
  let calls = 0;
  // The timeline is counted on the client from the events; the boundary lines are a request of their own.
  await page.route("**/api/boundaries", (route) => (++calls === 1 ? route.abort("timedout") : route.continue()));
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const before = await renderedEventIds(page);
  await expect(page.getByTestId("data-error")).toContainText("Could not load boundary lines: the server could not be reached");
  expect(before.length).toBeGreaterThan(5);
  await page.getByTestId("data-error").getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("current-day")).toHaveText("7 May 2025");
  expect(await renderedEventIds(page)).toEqual(before);
});

test("an answer that fails the page's check after the first draw says so, names the field, and offers a reload", async ({ page }) => {
  // A page and a server that disagree (a page left open across a deployment): one source's link is not a URL.
  await page.route("**/api/events", async (route) => {
    const res = await route.fetch();
    const body = await res.json();
    body.features[0].properties.sources[0].url = "not a link";
    await route.fulfill({ status: 200, contentType: "application/geo+json", body: JSON.stringify(body) });
  });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const alert = page.getByTestId("data-breach");
  await expect(alert).toContainText("The server's answer for /api/events is not what this page expects (features.0.properties.sources.0.url:");
  // The map keeps what it drew; the notice is in reach of a screen reader and a keyboard.
  expect((await renderedEventIds(page)).length).toBeGreaterThan(5);
  await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a failure while drawing shows the page's own error screen, and a reload mends it", async ({ page }) => {
  // An answer the first draw cannot read (a field gone from an event), as from a server updated mid-visit.
  let broken = true;
  await page.route("**/api/events", async (route) => {
    if (!broken) return route.continue();
    const res = await route.fetch();
    const body = await res.json();
    delete body.features[0].properties.verification;
    await route.fulfill({ status: 200, contentType: "application/geo+json", body: JSON.stringify(body) });
  });
  await page.goto("/?day=2025-05-07");
  const screen = page.getByTestId("page-error");
  await expect(screen.getByRole("heading", { level: 1 })).toHaveText("The map could not be shown");
  await screen.getByText("What went wrong").click();
  await expect(page.getByTestId("page-error-message")).toContainText("status");
  expect(await axeViolations(page)).toEqual([]);
  broken = false;
  await screen.getByRole("button", { name: "Reload the page" }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId("page-error")).toHaveCount(0);
  await expect(page).toHaveURL(/day=2025-05-07/);
  expect((await renderedEventIds(page)).length).toBeGreaterThan(5);
});
