import type { Dataset } from "../schemas/dataset";
import { getGeodata } from "./load-geodata";

/** The manifest as GET /api/dataset serves it (without the editor-only `$schema`), for pages to embed. */
export async function servedManifest(): Promise<Dataset> {
  const { $schema: _editorOnly, ...dataset } = (await getGeodata()).dataset;
  return dataset;
}
