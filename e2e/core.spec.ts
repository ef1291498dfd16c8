import { expect, test } from "./fixtures";
import { renderedEventIds, waitForMapIdle } from "./map-helpers";
import { exportCsv } from "./downloads";

test("switching the theme restyles the same map, and it says idle only with the events drawn", async ({ page }) => {
  await page.goto("/?day=2025-05-07&theme=light");
  await waitForMapIdle(page);
  const before = await renderedEventIds(page);
  expect(before.length).toBeGreaterThan(5);
  // Each time the map says idle, how many events it has drawn at that moment.
  await page.evaluate(() => {
    const w = window as unknown as { __mapBefore: unknown; __idleCounts: number[] };
    w.__mapBefore = window.__strikeMap;
    w.__idleCounts = [];
    const el = document.querySelector("[data-testid=map]")!;
    new MutationObserver(() => {
      if ((el as HTMLElement).dataset.state === "idle") w.__idleCounts.push(window.__strikeMap!.queryRenderedFeatures({ layers: ["events"] }).length);
    }).observe(el, { attributes: true, attributeFilter: ["data-state"] });
  });
  const background = () => page.evaluate(() => String(window.__strikeMap!.getPaintProperty("water", "background-color")));
  const light = await background();

  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page).toHaveURL(/theme=dark/);
  await expect.poll(background).not.toBe(light);
  await waitForMapIdle(page);
  expect(await page.evaluate(() => (window as unknown as { __mapBefore: unknown }).__mapBefore === window.__strikeMap)).toBe(true);
  expect(await renderedEventIds(page)).toEqual(before);
  const idle = await page.evaluate(() => (window as unknown as { __idleCounts: number[] }).__idleCounts);
  expect(idle.length).toBeGreaterThan(0);
  for (const drawn of idle) expect(drawn).toBeGreaterThan(0);
});

// Strikes and shelling only: every one lies within the map's reach, so the map can draw all of them.
const FILTER = "kind=missile_strike,airstrike,drone_strike,shelling&verification=confirmed,reported,claimed&actor=india,pakistan";

test("under filters the histogram, the caption, the list, the map and the CSV export count the same events", async ({ page }) => {
  await page.goto(`/?${FILTER}`);
  await waitForMapIdle(page);
  const list = page.getByTestId("day-events").locator("li[data-event-id]");
  let checked = 0;
  for (const day of ["2025-05-07", "2025-05-08", "2025-05-10"]) {
    await page.getByTestId("histogram").locator(`[data-date='${day}']`).click();
    await expect(page).toHaveURL(new RegExp(`day=${day}`));
    await waitForMapIdle(page);
    const bar = await page.getByTestId("histogram").locator(`[data-date='${day}']`).getAttribute("title");
    const count = Number(/: (\d+) events?/.exec(bar ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);
    await expect(list).toHaveCount(count);
    const listed = (await list.evaluateAll((items) => items.map((li) => li.getAttribute("data-event-id")!))).sort();
    expect(await renderedEventIds(page)).toEqual(listed);
    await expect(page.getByTestId("day-caption")).toContainText(/hidden by filters/);
    const { header, rows } = await exportCsv(page);
    expect(rows.map((r) => r[header.indexOf("id")]).sort()).toEqual(listed);
    checked += count;
  }
  expect(checked).toBeGreaterThan(10);
});
