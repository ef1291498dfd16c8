import { getGeodata } from "@/lib/data/load-geodata";
import { etagFor } from "@/lib/http/etag";
import { readOnly } from "@/lib/http/methods";
import { badRequest, cachedJson } from "@/lib/http/responses";
import { parseQuery } from "@/lib/query/parse-query";
import { DatasetSchema } from "@/lib/schemas/dataset";
import { NoQuerySchema } from "@/lib/schemas/query";

/** The dataset manifest: title, period, time zones, view, sides and kinds of the data this server holds. */
export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(NoQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const data = await getGeodata();
  return cachedJson(request, {
    etag: etagFor(data.version, "dataset"),
    version: data.version,
    schema: DatasetSchema,
    build: () => {
      // `$schema` is an editor aid inside the file, not part of what the API describes.
      const { $schema: _editorOnly, ...dataset } = data.dataset;
      return dataset;
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
