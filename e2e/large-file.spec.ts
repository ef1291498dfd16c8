import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { acledCsv, makeAcledRow } from "../lib/testing/acled-factory";
import { waitForMapIdle } from "./map-helpers";

// Past 5,000 events the map's source holds only the days shown (lib/map/map-events.ts). An invented
// ACLED file of 5,050 events over three days: 150 on 7 May, 200 on 8 May and 4,700 on 9 May.
const DAYS: [string, number][] = [
  ["2025-05-07", 150],
  ["2025-05-08", 200],
  ["2025-05-09", 4_700],
];

function largeFile(): Buffer {
  let n = 0;
  const rows = DAYS.flatMap(([date, count]) =>
    Array.from({ length: count }, () => {
      const i = n++;
      return makeAcledRow({
        event_id_cnty: `SYN${100000 + i}`,
        event_date: date,
        location: `Invented Place ${i}`,
        latitude: (30 + (i % 71) * 0.05).toFixed(4),
        longitude: (70 + Math.floor(i / 71) * 0.05).toFixed(4),
      });
    }),
  );
  return Buffer.from(acledCsv(rows));
}

/** The events the map's source holds, by date: every loaded tile is read, so the whole file is in view. */
function sourceDates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const ids = new Map<string, string>();
    for (const f of window.__strikeMap!.querySourceFeatures("events")) ids.set(String(f.properties.id), String(f.properties.date));
    const byDate: Record<string, number> = {};
    for (const date of ids.values()) byDate[date] = (byDate[date] ?? 0) + 1;
    return byDate;
  });
}

test("a large file: the map's source holds the shown days, and every event once they are too many", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await waitForMapIdle(page);
  await page.getByRole("button", { name: "Open data…" }).click();
  const dialog = page.getByRole("dialog", { name: "Open data" });
  await dialog.getByTestId("open-data-file").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: largeFile() });
  await expect(page.getByTestId("local-banner")).toContainText("Showing large.csv (5,050 events)");
  await dialog.getByRole("button", { name: "Show the map" }).click();

  // A file this large opens on its first day: the source holds that day's 150 events, no more.
  await expect(page).toHaveURL(/day=2025-05-07/);
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual({ "2025-05-07": 150 });
  await expect(page.getByTestId("day-events").getByRole("listitem")).toHaveCount(150);

  // A day step replaces them with the next day's.
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page).toHaveURL(/day=2025-05-08/);
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual({ "2025-05-08": 200 });

  // A new theme (a style diff) and another boundary point of view (a new map) keep the day's events.
  await page.getByRole("button", { name: "Dark theme" }).click();
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual({ "2025-05-08": 200 });
  await page.getByTestId("pov-select").selectOption("india");
  await expect(page).toHaveURL(/pov=india/);
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual({ "2025-05-08": 200 });

  // Cumulative: the days up to this one.
  await page.getByRole("checkbox", { name: /cumulative/i }).check();
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual({ "2025-05-07": 150, "2025-05-08": 200 });

  // All days are more than 5,000 events: the source holds every event, and the style's filter picks.
  await page.getByRole("button", { name: "All days" }).click();
  await waitForMapIdle(page);
  expect(await sourceDates(page)).toEqual(Object.fromEntries(DAYS));
});
