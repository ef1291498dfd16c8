import { expect, test } from "./fixtures";
import { pagePointOf, waitForMapIdle } from "./map-helpers";

test("the details say how far a strike lay from the line, and the depth tab sorts the day's events", async ({ page }) => {
  await page.goto("/?day=2025-05-07&event=2025-05-07-bahawalpur-markaz-subhan-allah");
  await waitForMapIdle(page);
  await expect(page.getByTestId("depth")).toHaveText(/^about (9\d|100) km from the international border, on the Pakistani side$/);
  await page.getByRole("tab", { name: "Depth" }).click();
  const first = page.getByTestId("depth-list").locator("li").first();
  await expect(first).toContainText("Bahawalpur");
});

test("range rings and a measured path are drawn, kept in the URL, and survive a reload", async ({ page }) => {
  await page.goto("/?event=2025-05-10-nur-khan-air-base-strike&view=73.1,33.6,5");
  await waitForMapIdle(page);
  await page.getByRole("tab", { name: "Measure" }).click();
  await page.getByRole("button", { name: "Around selected event" }).click();
  await expect(page).toHaveURL(/rings=73\.\d+%2C33\.\d+|rings=73\.\d+,33\.\d+/);

  await page.getByRole("button", { name: "Measure a path" }).click();
  const lahore = await pagePointOf(page, 74.3436, 31.5497);
  const islamabad = await pagePointOf(page, 73.0479, 33.6844);
  await page.mouse.click(lahore.x, lahore.y);
  await page.mouse.click(islamabad.x, islamabad.y);
  // Lahore to Islamabad is about 270 km in a straight line.
  await expect(page.getByTestId("measure-total")).toContainText(/Length: 2[67]\d\.\d km \(1 leg,/);
  await expect(page).toHaveURL(/measure=/);

  const drawn = () =>
    page.evaluate(() => ({
      rings: window.__strikeMap!.queryRenderedFeatures({ layers: ["range-rings"] }).length,
      labels: window.__strikeMap!.queryRenderedFeatures({ layers: ["range-ring-labels"] }).map((f) => f.properties.label),
      path: window.__strikeMap!.queryRenderedFeatures({ layers: ["measure-line"] }).length,
    }));
  await waitForMapIdle(page);
  const before = await drawn();
  expect(before.rings).toBeGreaterThan(0);
  expect(before.path).toBeGreaterThan(0);
  expect(new Set(before.labels)).toEqual(new Set(["100 km", "300 km", "500 km"]));

  await page.reload();
  await waitForMapIdle(page);
  const after = await drawn();
  expect(after.rings).toBeGreaterThan(0);
  expect(after.path).toBeGreaterThan(0);
  await page.getByRole("tab", { name: "Measure" }).click();
  await expect(page.getByTestId("measure-total")).toContainText("Length:");
});

test("on a phone, Measure a path closes the event's details sheet, which would cover the path and its length", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-07&event=2025-05-07-muridke-markaz-taiba");
  await waitForMapIdle(page);
  await expect(page.getByTestId("details")).toBeVisible();
  await page.getByRole("tab", { name: "Measure" }).click();
  await page.getByRole("button", { name: "Measure a path" }).click();
  await expect(page.getByTestId("details")).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
  const lahore = await pagePointOf(page, 74.3436, 31.5497);
  const islamabad = await pagePointOf(page, 73.0479, 33.6844);
  await page.mouse.click(lahore.x, lahore.y);
  await page.mouse.click(islamabad.x, islamabad.y);
  await expect(page.getByTestId("measure-total")).toContainText(/Length: 2[67]\d\.\d km \(1 leg,/);
  // The path's length is drawn at its last point, on the map the sheet no longer covers.
  await expect
    .poll(() => page.evaluate(() => window.__strikeMap!.queryRenderedFeatures({ layers: ["measure-label"] }).map((f) => String(f.properties.label)).join(" ")))
    .toMatch(/2[67]\d\.\d km/);
});
