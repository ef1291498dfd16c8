import { isUrlKey, parseUrlState, readParam } from "./url-schema";
import type { UrlIssue } from "./url-issues";

// Read by the link's notice alone, which loads after the map's first draw.

const LIST_KEYS = new Set(["actor", "kind", "verification", "attribution"]);
/** Query keys that belong to links from elsewhere (campaign tags, embeds) and are not map settings. */
const FOREIGN = /^(utm_|fbclid$|gclid$|ref$)/;

/**
 * Which keys of a link the map could not use and dropped, so the page can say so instead of silently
 * showing something else. Unknown keys count too (a mistyped `actr=`), list values name each entry dropped.
 */
export function urlIssues(search: string | URLSearchParams): UrlIssue[] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const issues: UrlIssue[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (FOREIGN.test(key)) continue;
    if (seen.has(key)) {
      if (issues.some((i) => i.key === key)) continue;
      // The state is read with Object.fromEntries, so the last of repeated values is the one used.
      issues.push({ key, value: params.getAll(key).join(" and "), fallback: "given twice; the last value is used" });
      continue;
    }
    seen.add(key);
    if (!isUrlKey(key)) {
      issues.push({ key, value, fallback: "not a setting of this map" });
      continue;
    }
    if (LIST_KEYS.has(key)) {
      const parsed = (parseUrlState(new URLSearchParams({ [key]: value })) as Record<string, unknown>)[key] as string[] | undefined;
      const bad = value === "" ? [] : value.split(",").filter((v) => !parsed?.includes(v));
      if (bad.length > 0) issues.push({ key, value: bad.join(","), fallback: parsed ? "ignored; the other values apply" : "ignored; showing all" });
      continue;
    }
    if (!readParam(key, value).ok) issues.push({ key, value, fallback: "ignored; the default applies" });
  }
  return issues;
}
