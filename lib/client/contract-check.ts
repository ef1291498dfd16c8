import type { z } from "zod";
import { recordBreach } from "./contract-breaches";

// Loaded after the map's first draw, with zod: the checks of the server's answers (contract-breaches.ts
// holds what they found, for the notice).

const MESSAGE_CHARS = 100;
const clip = (s: string) => (s.length > MESSAGE_CHARS ? `${s.slice(0, MESSAGE_CHARS - 1)}…` : s);

type Issue = z.core.$ZodIssue;

/**
 * An issue as the reader should see it. A value that fits neither event profile (curated or imported)
 * fails as one "invalid input" at the feature; the branch with the fewest issues names the field.
 */
function leaves(issue: Issue): Issue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const branch = issue.errors.reduce((best, b) => (b.length <= best.length ? b : best));
  return branch.flatMap((i) => leaves({ ...i, path: [...issue.path, ...i.path] } as Issue));
}

/** The first issues as `path: message`, so the notice names the field without filling the map. */
export function describeIssues(error: z.ZodError, max = 2): string {
  const issues = error.issues.flatMap(leaves);
  const shown = issues.slice(0, max).map((i) => `${i.path.join(".") || "(body)"}: ${clip(i.message)}`);
  const more = issues.length - shown.length;
  return shown.join("; ") + (more > 0 ? ` (and ${more} more)` : "");
}

/** Features checked between two yields to the page, so a large collection never holds a frame up for long. */
export const CHECK_SLICE = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const isCollection = (body: unknown): body is { features: unknown[] } =>
  typeof body === "object" && body !== null && Array.isArray((body as { features?: unknown }).features);

/** The issues of a body: a collection is checked a slice of features at a time, with paths as in the whole. */
export async function issuesOf(schema: z.ZodType, body: unknown): Promise<z.ZodError | null> {
  if (!isCollection(body) || body.features.length <= CHECK_SLICE) {
    const parsed = schema.safeParse(body);
    return parsed.success ? null : parsed.error;
  }
  for (let from = 0; from < body.features.length; from += CHECK_SLICE) {
    const parsed = schema.safeParse({ ...body, features: body.features.slice(from, from + CHECK_SLICE) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (issue.path[0] === "features" && typeof issue.path[1] === "number") issue.path[1] += from;
      return parsed.error;
    }
    await nextTask();
  }
  return null;
}

/**
 * Checks a body against its schema and records the result, unless a newer check of the same URL has
 * started since (`stillLatest`, from startCheck). The server checked the body before sending it; this
 * catches a page and a server that disagree (a page left open across a new deployment).
 */
export async function checkBody(url: string, body: unknown, loadSchema: () => Promise<z.ZodType>, stillLatest: () => boolean): Promise<void> {
  const error = await issuesOf(await loadSchema(), body);
  // A failure is recorded as a breach; a pass clears an earlier one.
  if (stillLatest()) recordBreach(url, error && describeIssues(error));
}
