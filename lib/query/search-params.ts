/** Parameters that take comma lists may also be repeated (`actor=india&actor=pakistan`). */
const LIST_PARAMS = new Set(["actor", "kind", "verification"]);

/**
 * Turns URL search params into a plain record for zod. Repeated list parameters are joined with commas;
 * any other repeated parameter is reported, because silently keeping one of them would hide a mistake.
 */
export function searchParamsToRecord(params: URLSearchParams): {
  record: Record<string, string>;
  repeated: string[];
} {
  const entries: [string, string][] = [];
  const repeated: string[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1 && !LIST_PARAMS.has(key)) repeated.push(key);
    entries.push([key, values.join(",")]);
  }
  // fromEntries defines own properties, so `__proto__=x` stays a key (and an unknown parameter) instead of
  // hitting the prototype setter and vanishing, which `record[key] = value` would do.
  return { record: Object.fromEntries(entries), repeated };
}
