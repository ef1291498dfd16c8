import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readPngChunks } from "../lib/export/png-metadata";
import { parseCsv } from "../lib/export/parse-csv";
import { renderedEventIds, waitForMapIdle } from "./map-helpers";
import { exportDownload } from "./downloads";

// An invented ACLED-format file (ACLED's terms forbid redistributing its data): four good rows, a
// latitude that is not a number (row 6) and a sub-event type outside the codebook (row 7).
const SAMPLE = "docs/examples/acled-synthetic.csv";

async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole("button", { name: "Open data…" }).click();
  const dialog = page.getByRole("dialog", { name: "Open data" });
  await dialog.getByTestId("open-data-file").setInputFiles(file);
  return dialog;
}

const exportFile = async (page: Page, item: string) => (await exportDownload(page, item)).body;

async function axeViolations(page: Page, selector: string) {
  const axePath = path.resolve("node_modules/axe-core/axe.min.js");
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [sel] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

test("an ACLED file opened in the browser drives the map, list, playback, filters, report and exports", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const dialog = await openFile(page, SAMPLE);

  const report = dialog.getByTestId("row-report");
  await expect(report.getByTestId("row-report-summary")).toHaveText(/^4 events loaded, 2 rows rejected, 0 values dropped/);
  const row6 = report.getByRole("row").filter({ hasText: "north of here" });
  await expect(row6.getByRole("cell").nth(0)).toHaveText("6");
  await expect(row6.getByRole("cell").nth(1)).toHaveText("latitude");
  await expect(row6).toContainText("must be a number from -90 to 90");
  await expect(dialog.getByTestId("actor-mapping")).toContainText("Military Forces of India (2014-)");
  expect(await axeViolations(page, "[data-testid=open-data]")).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: /Download the row report/ }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(csv[0]).toEqual(["row", "column", "value", "reason", "outcome"]);
  expect(csv.find((r) => r[0] === "7")).toEqual(expect.arrayContaining(["sub_event_type", "row rejected"]));

  await dialog.getByRole("button", { name: "Show the map" }).click();
  await expect(page.getByTestId("local-banner")).toContainText("Showing acled-synthetic.csv (4 events), loaded from this computer");
  await expect.poll(() => new URL(page.url()).searchParams.get("data")).toBe("local");
  await expect.poll(() => new URL(page.url()).searchParams.get("file")).toBe("acled-synthetic.csv");
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual(["acled-syn1001", "acled-syn1002", "acled-syn1003", "acled-syn1004"]);
  await expect(page.getByTestId("day-events").getByRole("listitem")).toHaveCount(4);

  // Playback steps through the file's own days (7–10 May), not the built-in period.
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page).toHaveURL(/day=2025-05-07/);
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual(["acled-syn1001"]);
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page).toHaveURL(/day=2025-05-08/);
  await expect(page.getByTestId("day-events").getByRole("listitem")).toHaveCount(1);

  // The details say what is relaxed and show ACLED's own label.
  await page.getByTestId("day-events").getByRole("button").first().click();
  const details = page.getByTestId("details");
  await expect(details.getByTestId("source-label")).toHaveText(/Explosions\/Remote violence: Air\/drone strike/);
  await expect(details.getByTestId("relaxed")).toContainText("sources named without links, as in the ACLED export");
  await details.getByRole("button", { name: "Close details" }).click();

  // A filter applies to the loaded events.
  await page.getByRole("button", { name: "All days" }).click();
  await page.getByRole("tab", { name: "Filters" }).click();
  await page.getByTestId("filters").getByRole("checkbox", { name: /^Pakistan/ }).uncheck();
  await page.getByRole("tab", { name: /^Events/ }).click();
  await expect(page.getByTestId("day-events").getByRole("listitem")).toHaveCount(3);
  // Opening the details eased the map to that event; the notice counts the rest and brings them back in.
  await page.getByTestId("outside-view").getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("outside-view")).toHaveCount(0);
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual(["acled-syn1001", "acled-syn1003", "acled-syn1004"]);

  // Depth is measured in a worker of its own once the map has drawn the file: the Depth tab lists the
  // three shown events, each with its distance to the nearest line.
  await page.getByRole("tab", { name: "Depth" }).click();
  await expect(page.getByTestId("depth-list").locator("li")).toHaveCount(3);
  await page.getByRole("tab", { name: /^Events/ }).click();

  // Every export says a local file is shown.
  const csvExport = await exportFile(page, "CSV");
  const rows = parseCsv(csvExport.toString("utf8"));
  expect(rows[0]!.at(-1)).toBe("shown_from");
  expect(rows).toHaveLength(4);
  expect(rows[1]!.at(-1)).toMatch(/^Showing acled-synthetic\.csv \(4 events\), loaded from this computer/);
  // The depth reaches the export: SYN1001 lies in Pakistan-administered Kashmir, near the Line of Control.
  const header = rows[0]!;
  const syn1001 = rows.find((r) => r[header.indexOf("id")] === "acled-syn1001")!;
  expect(syn1001[header.indexOf("nearest_line")]).toBe("loc");
  expect(syn1001[header.indexOf("side")]).toBe("pakistan");
  expect(Number(syn1001[header.indexOf("distance_to_line_km")])).toBeGreaterThan(0);
  const png = await exportFile(page, "PNG 1×");
  const text = Object.fromEntries(
    readPngChunks(png).filter((c) => c.type === "iTXt").map((c) => {
      const t = Buffer.from(c.data).toString("utf8");
      const key = t.slice(0, t.indexOf("\0"));
      return [key, t.slice(key.length + 5)];
    }),
  );
  expect(text.Title).toMatch(/^acled-synthetic\.csv \(4 events\), opened from this computer/);
  expect(text.Comment).toMatch(/Showing acled-synthetic\.csv \(4 events\), loaded from this computer/);

  // A link to this state cannot carry the file: whoever opens it is told, and sees the built-in data.
  // The address bar follows a change just after the map's next frame: the link is read once it has.
  await expect(page).toHaveURL(/data=local/);
  await page.goto(page.url());
  await expect(page.getByTestId("local-banner")).toContainText("acled-synthetic.csv (6 rows)");
  await expect(page.getByTestId("local-banner")).toContainText("A link cannot carry a local file");
  await page.getByTestId("local-banner").getByRole("button", { name: "Dismiss" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("data")).toBeNull();
});

test("a binary file gets one clear message and the built-in map stays", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const before = await renderedEventIds(page);
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2000, 7)]);
  const dialog = await openFile(page, { name: "photo.csv", mimeType: "text/csv", buffer: bytes });
  await expect(dialog.getByTestId("open-data-error")).toHaveText(
    "photo.csv is not a text file; open a CSV or GeoJSON file (an .xlsx must be saved as CSV first). The map is unchanged.",
  );
  expect(await axeViolations(page, "[data-testid=open-data]")).toEqual([]);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("local-banner")).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get("data")).toBeNull();
  expect(await renderedEventIds(page)).toEqual(before);
});

test("an opened file titles the page with its own name and period, and the built-in title returns after", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const heading = page.getByRole("heading", { level: 1 });
  const builtIn = (await heading.textContent())!;
  const servedTitle = await page.title();
  const dialog = await openFile(page, "geodata/examples/synthetic-border-drill/events/synthetic-incidents.geojson");
  // The dialog says which file is loaded, where the browser's control would say no file was chosen.
  await expect(dialog.getByTestId("open-data-current")).toHaveText("Shown on the map: synthetic-incidents.geojson (10 events)");
  await expect(dialog.getByText("Open another file…")).toBeVisible();
  await dialog.getByRole("button", { name: "Show the map" }).click();

  await expect(heading).toHaveText("synthetic-incidents.geojson · 1–10 March 2030 (opened from this computer)");
  await expect(page).toHaveTitle("synthetic-incidents.geojson · 1–10 March 2030 (opened from this computer) — Strike Map");
  await page.getByTestId("local-banner").getByRole("button", { name: "Back to the built-in data" }).click();
  await expect(heading).toHaveText(builtIn);
  await expect(page).toHaveTitle(servedTitle);
});

/** Drops a file on the page as a reader dragging it from their files would. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ({ fileName, body }) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: "text/csv" }));
      for (const type of ["dragover", "drop"]) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { fileName: name, body: text },
  );
}

test("a file dropped on the page opens, even while the map is still loading", async ({ page }) => {
  // The events held back: the import's code has not loaded yet when the file is dropped.
  await page.route("**/api/events", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.continue();
  });
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Open data…" })).toBeVisible();
  await expect(page.getByTestId("map")).toHaveAttribute("data-state", "loading");
  await dropFile(page, "acled-synthetic.csv", readFileSync(SAMPLE, "utf8"));
  const dialog = page.getByRole("dialog", { name: "Open data" });
  await expect(dialog.getByTestId("row-report-summary")).toHaveText(/^4 events loaded, 2 rows rejected/);
  expect(new URL(page.url()).pathname).toBe("/");
  await dialog.getByRole("button", { name: "Show the map" }).click();
  await expect(page.getByTestId("local-banner")).toContainText("Showing acled-synthetic.csv (4 events)");
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual(["acled-syn1001", "acled-syn1002", "acled-syn1003", "acled-syn1004"]);

  // Once the map has drawn, a second drop opens the file again, once.
  await page.getByRole("button", { name: "Back to the built-in data" }).click();
  await waitForMapIdle(page);
  await dropFile(page, "acled-synthetic.csv", readFileSync(SAMPLE, "utf8"));
  await expect(page.getByRole("dialog", { name: "Open data" }).getByTestId("row-report-summary")).toHaveText(/^4 events loaded/);
});
