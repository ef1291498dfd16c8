import type { z } from "zod";

/** An answer of the page's own server that failed the schema it was sent under: which, and where. */
export interface ContractBreach {
  url: string;
  message: string;
}

type Listener = () => void;
let breaches: readonly ContractBreach[] = [];
const listeners = new Set<Listener>();

const MESSAGE_CHARS = 100;
const clip = (s: string) => (s.length > MESSAGE_CHARS ? `${s.slice(0, MESSAGE_CHARS - 1)}…` : s);

/** The first issues as `path: message`, so the notice names the field without filling the map. */
export function describeIssues(error: z.ZodError, max = 2): string {
  const shown = error.issues.slice(0, max).map((i) => `${i.path.join(".") || "(body)"}: ${clip(i.message)}`);
  const more = error.issues.length - shown.length;
  return shown.join("; ") + (more > 0 ? ` (and ${more} more)` : "");
}

/** Features checked between two yields to the page, so a large collection never holds a frame up for long. */
export const CHECK_SLICE = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const isCollection = (body: unknown): body is { features: unknown[] } =>
  typeof body === "object" && body !== null && Array.isArray((body as { features?: unknown }).features);

/** The issues of a body: a collection is checked a slice of features at a time, with paths as in the whole. */
async function issuesOf(schema: z.ZodType, body: unknown): Promise<z.ZodError | null> {
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
 * Checks a body against its schema once `when` settles and records a breach if it fails. The server
 * checked the body before sending it; this catches a page and a server that disagree (a page left open
 * across a new deployment), without loading zod before the map's first draw.
 */
export async function checkLater(url: string, body: unknown, loadSchema: () => Promise<z.ZodType>, when: Promise<void>): Promise<void> {
  await when;
  const error = await issuesOf(await loadSchema(), body);
  if (!error) return;
  breaches = [...breaches.filter((b) => b.url !== url), { url, message: describeIssues(error) }];
  for (const l of listeners) l();
}

export function subscribeBreaches(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentBreaches(): readonly ContractBreach[] {
  return breaches;
}
