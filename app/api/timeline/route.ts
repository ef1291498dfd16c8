import { getGeodata } from "@/lib/data/load-geodata";
import { buildTimeline } from "@/lib/events/build-timeline";
import { filterEvents } from "@/lib/events/filter-events";
import { dataSpan } from "@/lib/events/data-span";
import { etagFor } from "@/lib/http/etag";
import { readOnly } from "@/lib/http/methods";
import { badRequest, cachedJson } from "@/lib/http/responses";
import { parseQuery } from "@/lib/query/parse-query";
import { TimelineSchema } from "@/lib/schemas/api";
import { TimelineQuerySchema } from "@/lib/schemas/query";

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(TimelineQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const data = await getGeodata();
  const span = dataSpan(data.events);
  return cachedJson(request, {
    etag: etagFor(data.version, query.value),
    version: data.version,
    schema: TimelineSchema,
    build: () => buildTimeline(filterEvents(data.events, query.value), span.first, span.last),
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
