import { getGeodata } from "@/lib/data/load-geodata";
import { filterEvents } from "@/lib/events/filter-events";
import { etagFor } from "@/lib/http/etag";
import { readOnly } from "@/lib/http/methods";
import { badRequest, cachedJson } from "@/lib/http/responses";
import { parseQuery } from "@/lib/query/parse-query";
import { AnyEventCollectionSchema } from "@/lib/schemas/imported-event";
import { EventsQuerySchema } from "@/lib/schemas/query";

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(EventsQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const data = await getGeodata();
  return cachedJson(request, {
    etag: etagFor(data.version, query.value),
    version: data.version,
    schema: AnyEventCollectionSchema,
    contentType: "application/geo+json",
    build: () => ({ type: "FeatureCollection" as const, dataVersion: data.version, features: filterEvents(data.events, query.value) }),
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
