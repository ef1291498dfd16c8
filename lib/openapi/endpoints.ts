import type { z } from "zod";
import { ApiErrorSchema, ApiMessageSchema, TimelineDaySchema, TimelineSchema } from "../schemas/api";
import { BoundaryCollectionSchema, BoundaryFeatureSchema } from "../schemas/boundary";
import { EventFeatureSchema, EventPropertiesSchema } from "../schemas/event";
import { AnyEventCollectionSchema, ImportedEventFeatureSchema } from "../schemas/imported-event";
import { DatasetSchema } from "../schemas/dataset";
import { EventsQuerySchema, NoQuerySchema, TimelineQuerySchema } from "../schemas/query";
import { SourceSchema } from "../schemas/source";

/** One read-only endpoint: what it takes (a query schema) and what a 200 carries. */
export interface Endpoint {
  path: string;
  summary: string;
  description: string;
  query: z.ZodType;
  /** The name under components.schemas of what a 200 returns. */
  response: string;
  mediaType: string;
  /** Whether the body depends on the data, so the response names the data version. */
  dataVersioned: boolean;
}

/** Schemas published under components.schemas, by name: each appears once and is referenced elsewhere. */
export const COMPONENT_SCHEMAS: Record<string, z.ZodType> = {
  // Curated events and, in a geodata folder filled by `npm run import`, imported ones.
  EventCollection: AnyEventCollectionSchema,
  EventFeature: EventFeatureSchema,
  ImportedEventFeature: ImportedEventFeatureSchema,
  EventProperties: EventPropertiesSchema,
  Source: SourceSchema,
  Timeline: TimelineSchema,
  TimelineDay: TimelineDaySchema,
  BoundaryCollection: BoundaryCollectionSchema,
  BoundaryFeature: BoundaryFeatureSchema,
  Dataset: DatasetSchema,
  ApiError: ApiErrorSchema,
  ApiMessage: ApiMessageSchema,
};

export const OPENAPI_PATH = "/api/openapi.json";

/** Every endpoint the API serves; the OpenAPI document and the contract tests are made from this list. */
export const ENDPOINTS: Endpoint[] = [
  {
    path: "/api/events",
    summary: "Events as a GeoJSON FeatureCollection",
    description:
      "Every event, or those of a day (`date`) or range (`from`/`to`), filtered by actor, kind, verification " +
      "status and bounding box. Sorted by date, local time and id. `dataVersion` names the dataset.",
    query: EventsQuerySchema,
    response: "EventCollection",
    mediaType: "application/geo+json",
    dataVersioned: true,
  },
  {
    path: "/api/timeline",
    summary: "Events per day, by actor and kind",
    description: "One entry for every day from the first to the last event, including days without events, after the filters.",
    query: TimelineQuerySchema,
    response: "Timeline",
    mediaType: "application/json",
    dataVersioned: true,
  },
  {
    path: "/api/boundaries",
    summary: "The Line of Control, the Working Boundary and the international border",
    description: "Derived from Natural Earth; each line states its source and accuracy.",
    query: NoQuerySchema,
    response: "BoundaryCollection",
    mediaType: "application/geo+json",
    dataVersioned: true,
  },
  {
    path: "/api/dataset",
    summary: "The dataset manifest",
    description: "Title, description, period, time zones, opening view, region, lines file, sides and kinds of the data this server holds (geodata/dataset.json, defaults applied).",
    query: NoQuerySchema,
    response: "Dataset",
    mediaType: "application/json",
    dataVersioned: true,
  },
  {
    path: OPENAPI_PATH,
    summary: "This document",
    description: "The OpenAPI 3.1 description of the API, generated from the same schemas the server checks its answers with.",
    query: NoQuerySchema,
    response: "OpenApiDocument",
    mediaType: "application/json",
    dataVersioned: false,
  },
];
