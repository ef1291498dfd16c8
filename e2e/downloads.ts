import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parseCsv } from "../lib/export/parse-csv";

/** Chooses an item of the Export menu and returns the file the browser downloads. */
export async function exportDownload(page: Page, item: string | RegExp, timeout = 60_000): Promise<{ name: string; body: Buffer }> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout }),
    page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: item, exact: typeof item === "string" }).click(),
  ]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

/** The CSV export of what is shown, as its header and rows. */
export async function exportCsv(page: Page): Promise<{ header: string[]; rows: string[][] }> {
  const [header, ...rows] = parseCsv((await exportDownload(page, "CSV")).body.toString("utf8"));
  return { header: header!, rows };
}
