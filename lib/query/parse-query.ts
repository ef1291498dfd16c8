import type { z } from "zod";
import type { ApiError } from "../schemas/api";
import { searchParamsToRecord } from "./search-params";

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Parses a request's query with a zod schema, returning the value or the issues a 400 response lists. */
export function parseQuery<T>(schema: z.ZodType<T>, params: URLSearchParams): QueryResult<T> {
  const { record, repeated } = searchParamsToRecord(params);
  const issues = repeated.map((key) => ({ path: key, message: "given more than once" }));
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys")
        for (const key of issue.keys) issues.push({ path: key, message: "unknown parameter" });
      // A query is flat: blame the parameter (`bbox`, not `bbox.3`); the message says which part is wrong.
      else issues.push({ path: issue.path.length > 0 ? String(issue.path[0]) : "(query)", message: issue.message });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, error: { error: "Invalid query", issues } };
  return { ok: true, value: parsed.data };
}
