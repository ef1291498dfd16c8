import { jsonError } from "@/lib/http/responses";
import { OPENAPI_PATH } from "@/lib/openapi/endpoints";

/**
 * Any /api path no route serves: a JSON 404, whatever the method, instead of the HTML error page a
 * script could not read. The listed endpoints are in the OpenAPI document.
 */
function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return jsonError(404, `No API endpoint at ${path}; the endpoints are listed in ${OPENAPI_PATH}`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
