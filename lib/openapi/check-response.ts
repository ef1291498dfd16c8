// For tests (unit and e2e): checks a live response against the published OpenAPI document with an
// independent JSON Schema validator, so a response that drifts from the contract fails a test even
// when the zod schema that produced both agrees with itself. Never imported by the app.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "./document";

/** What a test saw: header names in lower case; `body` is the text received, absent for HEAD and 304. */
export interface LiveResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body?: string;
}

interface HeaderSpec {
  required?: boolean;
  schema?: object;
}
interface ResponseSpec {
  $ref?: string;
  headers?: Record<string, HeaderSpec>;
  content?: Record<string, { schema: object }>;
}

const DOC_ID = "https://strike-map.invalid/openapi.json";

/** Follows a local `$ref` such as `#/components/responses/NotFound` inside the document. */
function resolve<T>(doc: OpenApiDocument, node: T & { $ref?: string }): T {
  if (!node.$ref) return node;
  const target = node.$ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], doc);
  return target as T;
}

/**
 * A checker for responses to requests on this API. Returns the problems found, empty when the
 * response is one the document describes: a documented path, method and status, the required
 * headers with valid values, and a body of a documented media type that validates against its schema.
 * A path under /api that the document does not list must answer its NotFound response.
 */
export function responseChecker(doc: OpenApiDocument): (r: LiveResponse) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The document's top level is not a schema; only the parts $refs point into are compiled (strictly).
  for (const keyword of ["openapi", "jsonSchemaDialect", "info", "servers", "paths", "components"]) ajv.addKeyword(keyword);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let v = compiled.get(pointer);
    if (!v) compiled.set(pointer, (v = ajv.compile({ $ref: `${DOC_ID}#${pointer}` })));
    return v;
  };
  const escape = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

  return (r) => {
    const { pathname } = new URL(r.url);
    const label = `${r.method} ${pathname}${new URL(r.url).search} → ${r.status}`;
    const item = doc.paths[pathname] as Record<string, { responses: Record<string, ResponseSpec> }> | undefined;
    let spec: ResponseSpec | undefined;
    let pointer: string;
    if (!item) {
      if (r.status !== 404) return [`${label}: undocumented path, which must answer 404`];
      pointer = "/components/responses/NotFound";
      spec = resolve(doc, { $ref: `#${pointer}` } as ResponseSpec);
    } else {
      const operation = item[r.method.toLowerCase()];
      if (!operation) return [`${label}: method not in the document`];
      const documented = operation.responses[String(r.status)];
      if (!documented) return [`${label}: status not in the document (${Object.keys(operation.responses).join(", ")})`];
      pointer = documented.$ref
        ? documented.$ref.slice(1)
        : `/paths/${escape(pathname)}/${r.method.toLowerCase()}/responses/${r.status}`;
      spec = resolve(doc, documented);
    }

    const problems: string[] = [];
    for (const [name, h] of Object.entries(spec.headers ?? {})) {
      const value = r.headers[name.toLowerCase()];
      if (value === undefined) {
        if (h.required) problems.push(`${label}: missing header ${name}`);
        continue;
      }
      const v = validatorAt(`${pointer}/headers/${escape(name)}/schema`);
      if (h.schema && !v(value)) problems.push(`${label}: header ${name}: ${ajv.errorsText(v.errors)}`);
    }
    if (!spec.content || r.body === undefined) return problems;
    const mediaType = (r.headers["content-type"] ?? "").split(";")[0]!.trim();
    if (!spec.content[mediaType]) {
      problems.push(`${label}: content type "${mediaType}" is not one of ${Object.keys(spec.content).join(", ")}`);
      return problems;
    }
    let body: unknown;
    try {
      body = JSON.parse(r.body);
    } catch {
      return [...problems, `${label}: body is not JSON`];
    }
    const v = validatorAt(`${pointer}/content/${escape(mediaType)}/schema`);
    if (!v(body)) problems.push(`${label}: body: ${ajv.errorsText(v.errors, { separator: "; " })}`);
    return problems;
  };
}
