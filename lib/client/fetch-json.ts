import type { z } from "zod";
import { ApiErrorSchema } from "../schemas/api";

/** An SWR fetcher that parses the body with the same zod schema the server checked it against. */
export function jsonFetcher<T>(schema: z.ZodType<T>) {
  return async (url: string): Promise<T> => {
    const res = await fetch(url);
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = ApiErrorSchema.safeParse(body);
      throw new Error(err.success ? `${err.data.error}: ${err.data.issues.map((i) => i.message).join("; ")}` : `HTTP ${res.status}`);
    }
    return schema.parse(body);
  };
}
