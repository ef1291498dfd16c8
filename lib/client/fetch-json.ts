import type { z } from "zod";
import { ApiErrorSchema } from "../schemas/api";

/** How long a request may take before the reader is told and offered a retry. */
export const FETCH_TIMEOUT_MS = 15_000;

/** An SWR fetcher that parses the body with the same zod schema the server checked it against. */
export function jsonFetcher<T>(schema: z.ZodType<T>) {
  return async (url: string): Promise<T> => {
    const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch((e: unknown) => {
      const name = (e as Error).name;
      throw new Error(name === "TimeoutError" ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : "the server could not be reached");
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = ApiErrorSchema.safeParse(body);
      throw new Error(err.success ? `${err.data.error}: ${err.data.issues.map((i) => i.message).join("; ")}` : `HTTP ${res.status}`);
    }
    return schema.parse(body);
  };
}
