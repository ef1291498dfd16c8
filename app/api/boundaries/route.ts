import { getGeodata } from "@/lib/data/load-geodata";
import { etagFor } from "@/lib/http/etag";
import { readOnly } from "@/lib/http/methods";
import { badRequest, cachedJson } from "@/lib/http/responses";
import { parseQuery } from "@/lib/query/parse-query";
import { BoundaryCollectionSchema } from "@/lib/schemas/boundary";
import { NoQuerySchema } from "@/lib/schemas/query";

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(NoQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const data = await getGeodata();
  return cachedJson(request, {
    etag: etagFor(data.version, "boundaries"),
    version: data.version,
    schema: BoundaryCollectionSchema,
    contentType: "application/geo+json",
    build: () => ({ type: "FeatureCollection", features: data.boundaries }),
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
