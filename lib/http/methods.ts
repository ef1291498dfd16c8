import { jsonError } from "./responses";

/** What every API route answers; HEAD is GET without the body (Next.js derives it from GET). */
export const READ_ONLY_ALLOW = "GET, HEAD, OPTIONS";

/** 405 with `Allow`, as RFC 9110 §15.5.6 asks, and a JSON body like every other API error. */
export function methodNotAllowed(request: Request): Response {
  const path = new URL(request.url).pathname;
  return jsonError(405, `${request.method} is not allowed on ${path}; it answers GET and HEAD`, { allow: READ_ONLY_ALLOW });
}

/** OPTIONS listing only what the route really answers (Next.js's own would list the 405 handlers too). */
export function options(): Response {
  return new Response(null, { status: 204, headers: { allow: READ_ONLY_ALLOW } });
}

/**
 * The handlers a read-only route exports beside GET, so that writes get a 405 that says what is
 * allowed instead of Next.js's empty one: `export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;`
 */
export const readOnly = {
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
  OPTIONS: options,
};
