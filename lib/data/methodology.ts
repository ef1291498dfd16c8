import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseMarkdown, shiftHeadings, type Block } from "../markdown/parse-markdown";
import { GEODATA_DIR, getGeodata, loadGeodata } from "./load-geodata";
import { correctionsLog, lastUpdated, type LogEntry } from "./corrections-log";

/** Everything the methodology page shows: its texts (kept with the data) and facts computed from the data. */
export interface MethodologyPage {
  methodology: Block[];
  /** The boundary lines' points of view (`boundary-views.md`), when the data has that text. */
  boundaryViews: Block[] | null;
  /** The same content hash that the API sends as X-Data-Version and exports print. */
  version: string;
  /** The dataset's title, from its manifest. */
  title: string;
  eventCount: number;
  firstDate?: string;
  lastDate?: string;
  lastUpdated?: string;
  log: LogEntry[];
}

export const METHODOLOGY_FILE = "methodology.md";
export const BOUNDARY_VIEWS_FILE = "boundary-views.md";

/**
 * Reads the methodology text and, if present, the boundary points of view from the geodata folder, with
 * the data's version, span, last change and corrections log. Heading ids are unique across both texts.
 */
export async function loadMethodologyPage(dir: string = GEODATA_DIR): Promise<MethodologyPage> {
  const data = dir === GEODATA_DIR ? await getGeodata() : await loadGeodata(dir);
  const ids = new Set<string>();
  const methodology = parseMarkdown(await readFile(path.join(dir, METHODOLOGY_FILE), "utf8"), ids);
  const viewsFile = path.join(dir, BOUNDARY_VIEWS_FILE);
  const boundaryViews = existsSync(viewsFile) ? shiftHeadings(parseMarkdown(await readFile(viewsFile, "utf8"), ids), 3) : null;
  const log = correctionsLog(data.events.map((e) => e.properties), data.changes);
  return {
    methodology,
    boundaryViews,
    version: data.version,
    title: data.dataset.title,
    eventCount: data.events.length,
    firstDate: data.events[0]?.properties.date,
    lastDate: data.events.at(-1)?.properties.date,
    lastUpdated: lastUpdated(log),
    log,
  };
}
