import { createHash } from "node:crypto";
import { readOnly } from "@/lib/http/methods";
import { badRequest, cachedJson } from "@/lib/http/responses";
import { buildOpenApiDocument, OpenApiDocumentSchema } from "@/lib/openapi/document";
import { parseQuery } from "@/lib/query/parse-query";
import { NoQuerySchema } from "@/lib/schemas/query";

// The document depends only on the code, so it is built once per process and tagged by its content.
const document = buildOpenApiDocument();
const etag = `"${createHash("sha256").update(JSON.stringify(document)).digest("hex").slice(0, 16)}"`;

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(NoQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  return cachedJson(request, { etag, schema: OpenApiDocumentSchema, build: () => document });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
