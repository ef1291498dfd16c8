import { z } from "zod";
import { READ_ONLY_ALLOW } from "../http/methods";
import { COMPONENT_SCHEMAS, ENDPOINTS, OPENAPI_PATH, type Endpoint } from "./endpoints";

/** The shape of an OpenAPI 3.1 document, as far as this API promises it. */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;

type JsonSchema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** zod's JSON Schema (draft 2020-12, the dialect OpenAPI 3.1 uses) without the keys a component must not carry. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ ...COMPONENT_SCHEMAS, OpenApiDocument: OpenApiDocumentSchema }))
    registry.add(schema, { id });
  // Responses are what the server sends after checking, so the output side of each schema.
  const { schemas } = z.toJSONSchema(registry, { io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest as JsonSchema]),
  );
}

/**
 * Query parameters from the input side of the query schema: what a client types, before the
 * schema's transforms turn comma lists and bboxes into arrays.
 */
function parameters(endpoint: Endpoint): JsonSchema[] {
  const input = z.toJSONSchema(endpoint.query, { io: "input" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(input.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: "query",
    required: input.required?.includes(name) ?? false,
    ...(description ? { description } : {}),
    schema,
  }));
}

const header = (description: string, schema: JsonSchema = { type: "string" }, required = true) => ({ description, required, schema });

function cacheHeaders(endpoint: Endpoint) {
  return {
    ETag: header("Strong validator of this body in this content coding; send it back in If-None-Match.", {
      type: "string",
      pattern: '^"[^"]+"$',
    }),
    "Cache-Control": header("Shared caches may keep the answer; the ETag revalidates it."),
    Vary: header("Accept-Encoding: the body is sent brotli- or gzip-compressed when the client accepts it."),
    ...(endpoint.dataVersioned ? { "X-Data-Version": header("Content hash of the dataset the answer comes from.") } : {}),
  };
}

function getResponses(endpoint: Endpoint, withBody: boolean) {
  const headers = cacheHeaders(endpoint);
  const body = (schema: object, mediaType = "application/json") => (withBody ? { content: { [mediaType]: { schema } } } : {});
  return {
    "200": {
      description: endpoint.summary,
      headers: { ...headers, "Content-Encoding": header("br or gzip, as negotiated; absent for the plain body.", { enum: ["br", "gzip"] }, false) },
      ...body(ref(endpoint.response), endpoint.mediaType),
    },
    "304": { description: "Not modified: the client's copy (its ETag in If-None-Match) is current.", headers },
    "400": {
      description: "Invalid, unknown, repeated or contradictory query parameters, each listed with the reason.",
      ...body(ref("ApiError")),
    },
    "500": { description: "The answer failed its own schema (a bug on our side); the issues name the field.", ...body(ref("ApiError")) },
  };
}

/** `/api/openapi.json` → `OpenapiJson`, for operation ids such as `getOpenapiJson`. */
const pascalName = (path: string) =>
  path
    .replace(/^\/api\//, "")
    .split(/\W+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

function operations(endpoint: Endpoint) {
  const params = parameters(endpoint);
  const name = pascalName(endpoint.path);
  const refused = (method: string) => ({
    operationId: `${method}${name}`,
    summary: "Not allowed: the API is read-only",
    responses: { "405": { $ref: "#/components/responses/MethodNotAllowed" } },
  });
  return {
    get: {
      operationId: `get${name}`,
      summary: endpoint.summary,
      description: endpoint.description,
      parameters: params,
      responses: getResponses(endpoint, true),
    },
    head: {
      operationId: `head${name}`,
      summary: `Headers of GET ${endpoint.path}, no body`,
      parameters: params,
      responses: getResponses(endpoint, false),
    },
    options: {
      operationId: `options${name}`,
      summary: "The methods this path answers",
      responses: {
        "204": { description: "No body; Allow lists the methods.", headers: { Allow: header("Allowed methods.", { const: READ_ONLY_ALLOW }) } },
      },
    },
    post: refused("post"),
    put: refused("put"),
    patch: refused("patch"),
    delete: refused("delete"),
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the routes parse queries and
 * check answers with, so it cannot drift from what the server does.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Strike Map API",
      version: "1",
      summary: "Sourced events of the April–May 2025 India–Pakistan escalation, per day, with each side's claims.",
      description:
        "Read-only and offline: every answer comes from the geodata shipped with this server. Unknown parameters are " +
        "errors, not ignored. Answers carry a strong ETag per data version, query and content coding (If-None-Match " +
        "gives 304). Any path under /api that is not listed here answers 404 with `{ error }`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, operations(e)])),
    components: {
      schemas: componentSchemas(),
      responses: {
        NotFound: { description: "No endpoint at this path.", content: { "application/json": { schema: ref("ApiMessage") } } },
        MethodNotAllowed: {
          description: "The API is read-only: only GET, HEAD and OPTIONS are answered.",
          headers: { Allow: header("The methods the path answers.", { const: READ_ONLY_ALLOW }) },
          content: { "application/json": { schema: ref("ApiMessage") } },
        },
      },
    },
  };
}

export { OPENAPI_PATH };
